package id.serambi.frontoffice;

/**
 * One guest-book entry as asked for (kiosk, desk or API); checked field by field by the front office.
 *
 * @param visitorType MEMBER when absent
 * @param purpose the purpose code; the library's default purpose when absent
 * @param location the room code, optional
 */
public record NewVisit(String visitorType, String memberNumber, String purpose, String location, String name,
        String sex, String occupation, String education, String institution, String address, String groupName,
        Integer groupSize, String leader, String contact, Breakdown breakdown) {

    /** How a group's headcount divides by sex; must add up to the group size. */
    public record Breakdown(Integer male, Integer female) {
    }

    public static NewVisit member(String memberNumber, String purpose, String location) {
        return new NewVisit(VisitorType.MEMBER.name(), memberNumber, purpose, location, null, null, null, null, null,
                null, null, null, null, null, null);
    }
}
