package id.serambi.membership.web;

import java.util.List;

import id.serambi.libraries.Library;
import id.serambi.regions.Region;
import id.serambi.regions.RegionDirectory;

/**
 * The choices of the province, regency and district selects as the server renders them, so that the form works
 * without script: the regencies of the chosen province and the districts of the chosen regency ({@code regions.js}
 * refreshes them when the choice changes).
 */
record RegionOptions(List<Region> provinces, List<Region> regencies, List<Region> districts) {

    static RegionOptions of(RegionDirectory regions, Application form) {
        String province = form.getProvinceCode();
        String regency = form.getRegencyCode();
        return new RegionOptions(regions.provinces(),
                province == null || province.isBlank() ? List.of() : regions.regenciesOf(province.strip()),
                regency == null || regency.isBlank() ? List.of() : regions.districtsOf(regency.strip()));
    }

    /** Puts the options for the model's {@code applicationForm} into the model as {@code regionOptions}. */
    static void addTo(org.springframework.ui.Model model, RegionDirectory regions) {
        model.addAttribute("regionOptions", of(regions, (Application) model.getAttribute("applicationForm")));
    }

    /** Starts a new form in the library's own regency (or province): where most applicants live. */
    static Application startingAt(Library library, Application form) {
        String code = library.regionCode();
        if (code == null || code.isBlank()) {
            return form;
        }
        int dot = code.indexOf('.');
        form.setProvinceCode(dot < 0 ? code : code.substring(0, dot));
        form.setRegencyCode(dot < 0 ? null : code);
        return form;
    }
}
