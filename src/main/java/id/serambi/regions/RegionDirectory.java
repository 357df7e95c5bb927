package id.serambi.regions;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import id.serambi.shared.CsvReader;

/** Looks up region codes; the whole list (about 8,000 rows) is small enough to keep in memory. */
@Component
public class RegionDirectory {

    private static final String BASE = "regions/idn-area-data/";

    private final Map<String, Region> provinces;
    private final Map<String, Region> regencies;
    private final Map<String, Region> districts;
    private final Map<String, Region> districtsByDigits = new LinkedHashMap<>();

    public RegionDirectory() {
        provinces = load("provinces.csv", false);
        regencies = load("regencies.csv", true);
        districts = load("districts.csv", true);
        districts.values().forEach(district -> districtsByDigits.put(district.digits(), district));
    }

    public List<Region> provinces() {
        return List.copyOf(provinces.values());
    }

    public List<Region> regenciesOf(String provinceCode) {
        return childrenOf(regencies, provinceCode);
    }

    public List<Region> districtsOf(String regencyCode) {
        return childrenOf(districts, regencyCode);
    }

    public Optional<Region> province(String code) {
        return Optional.ofNullable(provinces.get(code));
    }

    public Optional<Region> regency(String code) {
        return Optional.ofNullable(regencies.get(code));
    }

    public Optional<Region> district(String code) {
        return Optional.ofNullable(districts.get(code));
    }

    /** The regency's name, or the code itself when it is not in the list. */
    public String regencyName(String code) {
        return regency(code).map(Region::name).orElse(code);
    }

    /** The district whose six digits (province, regency, district) start a NIK, if it is in today's list. */
    public Optional<Region> districtByDigits(String sixDigits) {
        return Optional.ofNullable(districtsByDigits.get(sixDigits));
    }

    public int count(Level level) {
        return switch (level) {
            case PROVINCE -> provinces.size();
            case REGENCY -> regencies.size();
            case DISTRICT -> districts.size();
        };
    }

    /** The three levels of the list. */
    public enum Level {
        PROVINCE, REGENCY, DISTRICT
    }

    private static List<Region> childrenOf(Map<String, Region> regions, String parent) {
        List<Region> children = new ArrayList<>();
        for (Region region : regions.values()) {
            if (region.parentCode() != null && region.parentCode().equals(parent)) {
                children.add(region);
            }
        }
        return Collections.unmodifiableList(children);
    }

    private static Map<String, Region> load(String file, boolean hasParent) {
        Map<String, Region> regions = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource(BASE + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(reader);
            csv.next();
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() < 2 || row.get(0).isBlank()) {
                    continue;
                }
                String name = hasParent ? row.get(2) : row.get(1);
                regions.put(row.get(0), new Region(row.get(0), name, hasParent ? row.get(1) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Region codes missing from the classpath: " + file, e);
        }
        return Collections.unmodifiableMap(regions);
    }
}
