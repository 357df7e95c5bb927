package id.serambi.backup.internal;

/** A restore was given another data key than the one the backup was made with; nothing has been touched. */
public final class WrongDataKeyException extends IllegalStateException {

    WrongDataKeyException(String expected, String given) {
        super("Wrong data key: this backup was made with the data key whose fingerprint is " + expected
                + ", the key given has fingerprint " + given + ". Nothing was restored. Give the key that was backed"
                + " up with `serambi.jar backup-key` (restore BACKUP KEYFILE) or set SERAMBI_DATA_KEY to it.");
    }
}
