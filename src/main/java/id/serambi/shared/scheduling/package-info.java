/** Scheduled jobs: one scheduling configuration, and each job run once across all servers on one database. */
package id.serambi.shared.scheduling;
