/**
 * The free-internet room (seed 004): workstations, sessions for members with a valid KTA under a per-session and
 * per-day allowance, a waiting queue, the tidy-up step, and usage statistics.
 */
package id.serambi.internetroom;
