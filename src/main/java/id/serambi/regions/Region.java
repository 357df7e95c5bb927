package id.serambi.regions;

/**
 * A province, regency or district.
 *
 * @param code dotted code as published, e.g. {@code 62.05} or {@code 62.05.01}
 * @param name official name
 * @param parentCode code of the enclosing region, null for a province
 */
public record Region(String code, String name, String parentCode) {

    /** The code without dots, as it appears at the start of a NIK. */
    public String digits() {
        return code.replace(".", "");
    }
}
