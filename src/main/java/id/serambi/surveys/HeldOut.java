package id.serambi.surveys;

/** Questionnaires of a period held out of the IKM: flagged and waiting for a review, and excluded by one. */
public record HeldOut(int awaitingReview, int excluded) {
}
