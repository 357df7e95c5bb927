package id.serambi.membership;

/** Deactivate a member, with the reason. */
public record DeactivateMember(String memberNumber, String reason) {
}
