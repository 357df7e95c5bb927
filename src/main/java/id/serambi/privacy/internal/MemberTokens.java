package id.serambi.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/** Bearer tokens for members signed in through the API: random, short-lived, stored only as a SHA-256 hash. */
@Repository
public class MemberTokens {

    public static final Duration LIFE = Duration.ofMinutes(30);

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    MemberTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String issue(LibraryId library, String memberNumber, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from privacy_member_token where library_id = ? and expires_at < ?")
                .params(library.value(), Timestamp.from(now)).update();
        jdbc.sql("insert into privacy_member_token (library_id, token_hash, member_number, expires_at) "
                + "values (?, ?, ?, ?)")
                .params(library.value(), hash(token), memberNumber, Timestamp.from(now.plus(LIFE))).update();
        return token;
    }

    public Optional<String> memberNumber(LibraryId library, String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select member_number from privacy_member_token where library_id = ? and token_hash = ? "
                + "and expires_at > ?").params(library.value(), hash(token.strip()), Timestamp.from(now))
                .query(String.class).optional();
    }

    public void revokeAll(LibraryId library, String memberNumber) {
        jdbc.sql("delete from privacy_member_token where library_id = ? and member_number = ?")
                .params(library.value(), memberNumber).update();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
