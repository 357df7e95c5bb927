/**
 * Backup and restore of everything Serambi keeps but the data key: the database (one consistent snapshot, also taken
 * by the running server on a schedule or on request) and the data directory's files, in one zip file. Run as
 * {@code java -jar serambi.jar backup FILE}, {@code backup-key FILE} or {@code restore FILE [KEYFILE]}.
 */
package id.serambi.backup;
