package id.serambi.membership.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import id.serambi.shared.DataDirectory;
import id.serambi.shared.DataKeyProperties;
import id.serambi.shared.database.DatabaseProperties;

/**
 * Encrypts personal data at rest (AES-256-GCM) and computes the keyed blind index (HMAC-SHA256) that lets Serambi find
 * a NIK without storing it in clear. The key comes from {@code SERAMBI_DATA_KEY}; for the quick start (embedded
 * database) it is generated once into the data directory, readable by its owner only. {@link DataKeyCheck} refuses a
 * key the database was not made with.
 */
@Component
@EnableConfigurationProperties(DataKeyProperties.class)
public class DataCipher {

    private static final Logger log = LoggerFactory.getLogger(DataCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();
    /** Looking a cipher up by name costs more than using it; each thread keeps its own (they are not thread-safe). */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> instance("AES/GCM/NoPadding"));
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    });

    private final String fingerprint;

    /**
     * A key is generated only for the embedded database, whose files live beside it in the data directory: a server
     * database outlives a data directory, and a key generated per server would make its blind indexes differ.
     */
    @Autowired
    DataCipher(DataKeyProperties key, DataDirectory data, DatabaseProperties database) {
        this(key.dataKey(), data, database);
    }

    DataCipher(String configuredKey, DataDirectory data, DatabaseProperties database) {
        byte[] master = configuredKey == null || configuredKey.isBlank() ? keyFile(data, database.embedded())
                : decode(configuredKey);
        this.encryptionKey = new SecretKeySpec(derive(master, "serambi-encryption-v1"), "AES");
        this.indexKey = new SecretKeySpec(derive(master, "serambi-blind-index-v1"), "HmacSHA256");
        this.fingerprint = HexFormat.of().formatHex(derive(master, "serambi-data-key-fingerprint"));
    }

    /** Names the key without revealing it (HMAC-SHA256 of a fixed label), to tell whether a database was made with it. */
    String fingerprint() {
        return fingerprint;
    }

    /** Encrypts a text; the purpose is bound to the cipher text so that values cannot be swapped between columns. */
    public byte[] encrypt(String purpose, String text) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String purpose, byte[] sealed) {
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt " + purpose + ": wrong SERAMBI_DATA_KEY?", e);
        }
    }

    /** The blind index of a value within one library, for exact lookups. */
    public byte[] blindIndex(int library, String value) {
        return hmac(indexKey, library + ":" + value);
    }

    private static byte[] derive(byte[] master, String label) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), label);
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = HMAC.get();
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static Cipher instance(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation + " is not available", e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalStateException("SERAMBI_DATA_KEY must be 32 bytes, base64-encoded");
        }
        return key;
    }

    private byte[] keyFile(DataDirectory data, boolean generate) {
        Path directory = data.resolve("keys");
        Path file = directory.resolve("data.key");
        try {
            if (!Files.exists(file) && !generate) {
                throw new IllegalStateException("SERAMBI_DB_URL is set but SERAMBI_DATA_KEY is not, and there is no "
                        + file + ": set SERAMBI_DATA_KEY to the data key of this database (from the backup of "
                        + "$SERAMBI_DATA_DIR/keys/data.key of the server that first used it; for a new database, "
                        + "generate one with: openssl rand -base64 32). No key is generated for a server database.");
            }
            if (!Files.exists(file)) {
                createKeyFile(directory, file);
            }
            return decode(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the data key " + file, e);
        }
    }

    private void createKeyFile(Path directory, Path file) throws IOException {
        byte[] key = new byte[32];
        random.nextBytes(key);
        ownerOnly(directory, "rwx------");
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        ownerOnly(file, "rw-------");
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        log.warn("Generated a data key into {}: back it up; without it the NIKs cannot be read", file);
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
