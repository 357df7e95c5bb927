package id.serambi.imports;

/** What a column of the file can hold, and the registration field it feeds (for the rejected-rows report). */
public enum Target {
    MEMBER_NUMBER(null), FULL_NAME("fullName"), NIK("nik"), BIRTH_PLACE("birthPlace"), BIRTH_DATE("birthDate"),
    SEX("sex"), ADDRESS("address"), REGION_CODE("regionCode"), MOTHER_NAME("motherMaidenName"), PHONE("phone"),
    EMAIL("email"), MEMBER_TYPE("category"), INSTITUTION("institution"), GUARDIAN_NAME("guardianName"),
    REGISTERED_ON("registeredOn"), EXPIRES_ON("expiresOn"), MEMBER_SINCE("memberSince"), POSTAL_CODE("postalCode"),
    NOTES("notes");

    private final String field;

    Target(String field) {
        this.field = field;
    }

    /** The registration field it fills, or null (the member number). */
    public String field() {
        return field;
    }

    /** The target whose registration field is the given one, or null. */
    public static Target ofField(String field) {
        String base = field.startsWith("guardian") ? "guardianName" : field;
        for (Target target : values()) {
            if (base.equals(target.field)) {
                return target;
            }
        }
        return null;
    }
}
