package id.serambi.backup.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data key that protects NIKs at rest, as backup and restore see it: never written into a backup, only its
 * fingerprint (an HMAC of a fixed label under the key), which identifies the key without revealing it.
 */
public final class DataKey {

    /** Where the quick start generates the key, relative to the data directory. */
    public static final String FILE = "keys/data.key";

    private final byte[] key;

    private DataKey(byte[] key) {
        this.key = key;
    }

    /** A key in its stored form: 32 bytes, base64-encoded. */
    public static DataKey of(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a data key: it must be 32 bytes, base64-encoded");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("Not a data key: it must be 32 bytes, base64-encoded");
        }
        return new DataKey(key);
    }

    public static DataKey read(Path file) throws IOException {
        return of(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /** The key this deployment uses: {@code SERAMBI_DATA_KEY} when set, otherwise the generated key file. */
    public static DataKey current(String configured, Path dataDirectory) throws IOException {
        return configured == null || configured.isBlank() ? read(dataDirectory.resolve(FILE)) : of(configured);
    }

    public String fingerprint() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // The same fingerprint the database keeps (membership's data-key check), so both name a key alike.
            byte[] tag = mac.doFinal("serambi-data-key-fingerprint".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(key);
    }

    /** Writes the key, readable by its owner only, replacing the file in one step. */
    public void writeTo(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path temp = posix ? Files.createTempFile(directory, ".data-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, ".data-key", ".tmp");
        Files.writeString(temp, base64(), StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public boolean sameAs(DataKey other) {
        return java.security.MessageDigest.isEqual(key, other.key);
    }
}
