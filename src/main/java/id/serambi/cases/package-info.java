/**
 * Cases: one idea of a case for every service Serambi measures. Modules publish {@link id.serambi.cases.StepReached}
 * for a subject (a member, an internet session, a complaint); this module alone decides which service's case it
 * belongs to and whether the step is in that case's procedure, and keeps every occurrence.
 */
package id.serambi.cases;
