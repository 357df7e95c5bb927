/** Log output that outside text cannot bend: control characters in messages and exceptions shown as escapes. */
package id.serambi.shared.logging;
