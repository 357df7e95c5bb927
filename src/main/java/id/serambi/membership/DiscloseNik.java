package id.serambi.membership;

/** Show a member's full NIK to a staff member whose role allows it; the view is audited with its reason. */
public record DiscloseNik(String memberNumber, String reason) {
}
