/**
 * Cards (KTA): card design per library, printing single cards and batches, the print queue, card issues, the
 * hand-over receipt book with its phone check, and the member's digital card.
 */
package id.serambi.cards;
