package id.serambi.membership.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.HomeRegion;
import id.serambi.regions.Region;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.FieldProblem;

/**
 * Checks the province, regency and district of an application against the official list: each code must exist, the
 * regency must lie in the province and the district in the regency. All three are optional (API.md does not ask for
 * them), but a lower level needs the one above it. The older single {@code regionCode} is still understood.
 */
@Component
class HomeRegions {

    private final RegionDirectory regions;

    HomeRegions(RegionDirectory regions) {
        this.regions = regions;
    }

    HomeRegion check(List<FieldProblem> problems, ApplicationDetails form) {
        String province = ApplicationValidator.blankToNull(form.provinceCode());
        String regency = ApplicationValidator.blankToNull(form.regencyCode());
        String district = ApplicationValidator.blankToNull(form.districtCode());
        if (province == null && regency == null && district == null) {
            return fromSingleCode(problems, ApplicationValidator.blankToNull(form.regionCode()));
        }
        int before = problems.size();
        Optional<Region> p = find(problems, "provinceCode", province, regions.province(province));
        Optional<Region> r = find(problems, "regencyCode", regency, regions.regency(regency));
        Optional<Region> d = find(problems, "districtCode", district, regions.district(district));
        requireParent(problems, "provinceCode", province, regency);
        requireParent(problems, "regencyCode", regency, district);
        if (p.isPresent() && r.isPresent() && !r.get().parentCode().equals(province)) {
            problems.add(FieldProblem.of("regencyCode", "membership.region.regencyOutside", r.get().name(),
                    p.get().name()));
        }
        if (r.isPresent() && d.isPresent() && !d.get().parentCode().equals(regency)) {
            problems.add(FieldProblem.of("districtCode", "membership.region.districtOutside", d.get().name(),
                    r.get().name()));
        }
        return problems.size() == before ? new HomeRegion(province, regency, district) : HomeRegion.NONE;
    }

    /** The single code of older clients: a district or regency code, its parents taken from the list. */
    private HomeRegion fromSingleCode(List<FieldProblem> problems, String code) {
        if (code == null) {
            return HomeRegion.NONE;
        }
        Optional<Region> district = regions.district(code);
        if (district.isPresent()) {
            String regency = district.get().parentCode();
            return new HomeRegion(regency.substring(0, regency.indexOf('.')), regency, code);
        }
        Optional<Region> regency = regions.regency(code);
        if (regency.isPresent()) {
            return new HomeRegion(regency.get().parentCode(), code, null);
        }
        problems.add(FieldProblem.of("regionCode", "membership.region.unknown", code));
        return HomeRegion.NONE;
    }

    private static Optional<Region> find(List<FieldProblem> problems, String field, String code,
            Optional<Region> found) {
        if (code != null && found.isEmpty()) {
            problems.add(FieldProblem.of(field, "membership.region.unknown", code));
        }
        return found;
    }

    private static void requireParent(List<FieldProblem> problems, String parentField, String parent, String child) {
        if (child != null && parent == null) {
            problems.add(FieldProblem.of(parentField, "membership.region.parentRequired"));
        }
    }
}
