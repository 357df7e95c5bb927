/**
 * Backup and restore of everything Serambi keeps: the database (one consistent snapshot) and the data directory's
 * files (keys, photos), in one zip file. Run as {@code java -jar serambi.jar backup FILE} or {@code restore FILE}.
 */
package id.serambi.backup;
