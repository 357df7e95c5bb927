package id.serambi.membership.web;

import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.regions.Region;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The official region list (idn-area-data 4.0.1, ODbL) for the address selects of the registration forms. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Provinces, regencies and districts of Indonesia (idn-area-data 4.0.1, ODbL); "
        + "public, read-only, cacheable for a day")
class RegionListApiController {

    private static final CacheControl ONE_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final RegionDirectory regions;

    RegionListApiController(RegionDirectory regions) {
        this.regions = regions;
    }

    /** One region of the list as the selects need it. */
    record RegionItem(String code, String name) {

        static List<RegionItem> of(List<Region> regions) {
            return regions.stream().map(r -> new RegionItem(r.code(), r.name())).toList();
        }
    }

    @GetMapping("/provinces")
    @Operation(summary = "All provinces: [{code, name}], e.g. code 35")
    ResponseEntity<List<RegionItem>> provinces() {
        return cached(regions.provinces());
    }

    @GetMapping("/provinces/{code}/regencies")
    @Operation(summary = "The regencies and cities of a province: [{code, name}], e.g. code 35.15; unknown → 404")
    ResponseEntity<List<RegionItem>> regencies(@PathVariable String code) {
        regions.province(code).orElseThrow(() -> new NotFoundException("membership.region.notFound", code));
        return cached(regions.regenciesOf(code));
    }

    @GetMapping("/regencies/{code}/districts")
    @Operation(summary = "The districts (kecamatan) of a regency: [{code, name}], e.g. code 35.15.01; unknown → 404")
    ResponseEntity<List<RegionItem>> districts(@PathVariable String code) {
        regions.regency(code).orElseThrow(() -> new NotFoundException("membership.region.notFound", code));
        return cached(regions.districtsOf(code));
    }

    private static ResponseEntity<List<RegionItem>> cached(List<Region> list) {
        return ResponseEntity.ok().cacheControl(ONE_DAY).body(RegionItem.of(list));
    }
}
