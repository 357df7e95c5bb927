package id.serambi.membership;

/** Staff correct a pending or sent-back application; an empty NIK or mother's maiden name keeps the stored one. */
public record CorrectApplication(String memberNumber, ApplicationDetails application) {
}
