package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.HomeRegion;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.FieldProblem;

/** The province, regency and district of an application against the official list. */
class HomeRegionsTest {

    private static final HomeRegions REGIONS = new HomeRegions(new RegionDirectory());

    @Test
    void acceptsADistrictInItsRegencyInItsProvince() {
        List<FieldProblem> problems = new ArrayList<>();

        HomeRegion home = REGIONS.check(problems, form("35", "35.15", "35.15.01"));

        assertThat(problems).isEmpty();
        assertThat(home).isEqualTo(new HomeRegion("35", "35.15", "35.15.01"));
        assertThat(home.mostSpecific()).isEqualTo("35.15.01");
    }

    @Test
    void acceptsNoRegionAtAllBecauseTheApiDoesNotAskForOne() {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(REGIONS.check(problems, form(null, " ", ""))).isEqualTo(HomeRegion.NONE);
        assertThat(problems).isEmpty();
    }

    @Test
    void refusesARegencyOfAnotherProvince() {
        List<FieldProblem> problems = new ArrayList<>();

        REGIONS.check(problems, form("35", "36.02", null));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("regencyCode");
        assertThat(problems.getFirst().messageKey()).isEqualTo("membership.region.regencyOutside");
    }

    @Test
    void refusesADistrictOfAnotherRegency() {
        List<FieldProblem> problems = new ArrayList<>();

        REGIONS.check(problems, form("35", "35.15", "36.02.01"));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("districtCode");
        assertThat(problems.getFirst().messageKey()).isEqualTo("membership.region.districtOutside");
    }

    @Test
    void refusesCodesThatAreNotInTheList() {
        List<FieldProblem> problems = new ArrayList<>();

        REGIONS.check(problems, form("99", "99.99", "99.99.99"));

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("provinceCode", "regencyCode", "districtCode");
        assertThat(problems).allSatisfy(p -> assertThat(p.messageKey()).isEqualTo("membership.region.unknown"));
    }

    @Test
    void aDistrictNeedsItsRegencyAndARegencyItsProvince() {
        List<FieldProblem> problems = new ArrayList<>();

        REGIONS.check(problems, form(null, null, "35.15.01"));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("regencyCode");
        problems.clear();
        REGIONS.check(problems, form(null, "35.15", null));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("provinceCode");
    }

    @Test
    void understandsTheOlderSingleRegionCode() {
        List<FieldProblem> problems = new ArrayList<>();
        ApplicationDetails district = singleCode("36.02.01");
        ApplicationDetails regency = singleCode("62.05");

        assertThat(REGIONS.check(problems, district)).isEqualTo(new HomeRegion("36", "36.02", "36.02.01"));
        assertThat(REGIONS.check(problems, regency)).isEqualTo(new HomeRegion("62", "62.05", null));
        assertThat(problems).isEmpty();
    }

    private static ApplicationDetails form(String province, String regency, String district) {
        return new ApplicationDetails(null, null, null, null, null, null, null, province, regency, district, null,
                null, null, null, null, null, null, false, false, List.of());
    }

    private static ApplicationDetails singleCode(String regionCode) {
        return new ApplicationDetails(null, null, null, null, null, null, regionCode, null, null, null, null, null,
                null, null, null, null, null, false, false, List.of());
    }
}
