package id.serambi.membership.web;

import id.serambi.membership.HomeRegion;
import id.serambi.regions.Region;
import id.serambi.regions.RegionDirectory;

/** A member's province, regency and district with their official names (a code no longer listed keeps its code). */
record HomeRegionView(String provinceCode, String provinceName, String regencyCode, String regencyName,
        String districtCode, String districtName) {

    static HomeRegionView of(HomeRegion home, RegionDirectory regions) {
        return new HomeRegionView(home.provinceCode(), name(home.provinceCode(), regions.province(home.provinceCode())),
                home.regencyCode(), name(home.regencyCode(), regions.regency(home.regencyCode())),
                home.districtCode(), name(home.districtCode(), regions.district(home.districtCode())));
    }

    /** The names from the widest to the narrowest, e.g. "Jawa Timur · Kabupaten Sidoarjo · Tarik"; empty if none. */
    String text() {
        return java.util.stream.Stream.of(provinceName, regencyName, districtName).filter(n -> n != null)
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private static String name(String code, java.util.Optional<Region> region) {
        return code == null ? null : region.map(Region::name).orElse(code);
    }
}
