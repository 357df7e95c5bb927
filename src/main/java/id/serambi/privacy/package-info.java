/**
 * Personal-data rights (UU 27/2022 PDP): members see what Serambi holds about them and file access, correction and
 * erasure requests; staff decide them within 3×24 hours; retention rules per library; the personal-data audit log.
 */
package id.serambi.privacy;
