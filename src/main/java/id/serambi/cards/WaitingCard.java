package id.serambi.cards;

import java.time.Instant;

import id.serambi.membership.CardStep;

/**
 * A printed card waiting at the desk: for lamination ({@code stage} PRINTED, where the member's procedure laminates)
 * or for pick-up, since it was printed or laminated.
 */
public record WaitingCard(String memberNumber, String name, Stage stage, Instant since, long waitingSeconds,
        CardStep nextAction) {

    /** How far the card got. */
    public enum Stage {
        PRINTED,
        LAMINATED
    }
}
