package id.serambi.membership;

/** A verification round: {@code decision} APPROVE or REVISE (then {@code note} says what to correct). */
public record VerifyApplication(String memberNumber, String decision, String note) {
}
