package id.serambi.membership;

/** Where a member lives, as codes of the official region list (e.g. 35, 35.15, 35.15.01); any may be null. */
public record HomeRegion(String provinceCode, String regencyCode, String districtCode) {

    public static final HomeRegion NONE = new HomeRegion(null, null, null);

    /** The most specific code given, as the older single {@code region_code} column holds it. */
    public String mostSpecific() {
        return districtCode != null ? districtCode : regencyCode != null ? regencyCode : provinceCode;
    }
}
