/** Sample activity ({@code SERAMBI_DEMO_DATA=true}) so that a fresh quick start shows dashboards that are not empty. */
package id.serambi.demo;
