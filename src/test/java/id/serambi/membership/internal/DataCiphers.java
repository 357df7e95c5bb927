package id.serambi.membership.internal;

import java.nio.file.Path;

import id.serambi.shared.DataDirectory;
import id.serambi.shared.database.DatabaseProperties;

/** The NIK cipher of another data directory (e.g. one a backup was restored into), for tests outside membership. */
public final class DataCiphers {

    private DataCiphers() {
    }

    /** Decrypts a NIK with the key kept in that data directory, as a server started on it would. */
    public static String nik(Path dataDirectory, byte[] cipherText) {
        return new DataCipher("", new DataDirectory(dataDirectory),
                new DatabaseProperties(null, null, null, null, false)).decrypt(Identities.NIK, cipherText);
    }
}
