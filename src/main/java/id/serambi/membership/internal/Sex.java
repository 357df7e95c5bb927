package id.serambi.membership.internal;

/** Sex as the NIK and the KTP record it: M (laki-laki) or F (perempuan). */
public enum Sex {
    M, F;

    /** Reads M/F or the Indonesian L/P; null when it is neither. */
    public static Sex parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "M", "L", "MALE", "LAKI-LAKI" -> M;
            case "F", "P", "FEMALE", "PEREMPUAN" -> F;
            default -> null;
        };
    }
}
