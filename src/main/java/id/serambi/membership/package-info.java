/**
 * Membership (KTA): registration at the desk and online, NIK checks, verification with revision, photos, member
 * numbers, renewal and replacement.
 */
package id.serambi.membership;
