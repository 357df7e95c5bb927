/**
 * Figures for the library's staff and head: dashboards with charts, exports to Excel and CSV, and the monthly
 * report, gathered from the other modules' public faces.
 */
package id.serambi.reports;
