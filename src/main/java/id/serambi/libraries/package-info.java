/**
 * Libraries (the tenants) and what each publishes: its service standards, service hours, holiday calendar and
 * patron categories. Every other module resolves the library here first.
 */
package id.serambi.libraries;
