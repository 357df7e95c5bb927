/**
 * Complaints (pengaduan) from every channel the library publishes: intake with a tracking code, a guarded workflow
 * with working-day deadlines, and a public status page without the complainant's personal data.
 */
package id.serambi.complaints;
