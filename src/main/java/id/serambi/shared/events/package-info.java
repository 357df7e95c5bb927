/** Retrying event listeners that failed, through Spring Modulith's event publication registry. */
package id.serambi.shared.events;
