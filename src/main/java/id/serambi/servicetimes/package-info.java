/** Real time stamps of every case step, recorded from {@code CheckpointReached} events, to measure service times. */
package id.serambi.servicetimes;
