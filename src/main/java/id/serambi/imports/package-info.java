/** Imports of members from INLISLite, SLiMS or any CSV, every row checked with the registration rules. */
package id.serambi.imports;
