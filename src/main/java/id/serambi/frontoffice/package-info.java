/**
 * Front office: the guest book (buku tamu) with card scans at the kiosk, non-member and group entries, purposes of
 * visit, and visitor statistics; keeps its own copy of member cards from membership's events.
 */
package id.serambi.frontoffice;
