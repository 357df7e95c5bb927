/**
 * The community satisfaction survey (SKM, PermenPANRB 14/2017): nine elements U1..U9 answered 1..4 per service,
 * and the satisfaction index (IKM) with its grade A..D.
 */
package id.serambi.surveys;
