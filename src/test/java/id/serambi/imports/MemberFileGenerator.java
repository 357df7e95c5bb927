package id.serambi.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.serambi.regions.Region;
import id.serambi.regions.RegionDirectory;
import net.datafaker.Faker;

/**
 * Writes realistic member exports of INLISLite or SLiMS: Indonesian names and places (Datafaker), valid NIKs over
 * real district codes (mostly of Lebak), phones as people type them, and about one row in a hundred bad in one of
 * the ways {@link Bad} lists. Used by the tests and, from the command line, by {@code bench/generate-members.sh}:
 * {@code MemberFileGenerator ROWS inlislite|slims FILE [SEED]}.
 */
public final class MemberFileGenerator {

    /** The ways a row is bad; each is rejected with its own reason. */
    public enum Bad {
        NIK_LENGTH, NIK_DATE, NIK_SERIAL, PHONE, BIRTH_DATE, NAME_MISSING, DUPLICATE_NIK, MEMBER_TYPE, EMAIL,
        EXPIRY_BEFORE_REGISTRATION, SEX, BIRTH_IN_FUTURE, MOTHER_NAME_MISSING;

        /**
         * Kinds that cost the member nothing since issue 31 (item 3): the bad phone or e-mail is dropped and an empty
         * mother's name left to ask for, each with a warning on the imported member.
         */
        public boolean soft() {
            return this == PHONE || this == EMAIL || this == MOTHER_NAME_MISSING;
        }
    }

    static final List<String> INLISLITE = List.of("ID", "MemberNo", "Fullname", "PlaceOfBirth", "DateOfBirth",
            "Address", "AddressNow", "Phone", "InstitutionName", "IdentityType_id", "IdentityNo", "EducationLevel_id",
            "Sex_id", "MaritalStatus_id", "Job_id", "RegisterDate", "EndDate", "MotherMaidenName", "Email",
            "JenisAnggota_id", "StatusAnggota_id", "Branch_id");
    static final List<String> SLIMS = List.of("member_id", "member_name", "gender", "birth_date", "member_type_id",
            "member_address", "member_mail_address", "member_email", "postal_code", "inst_name", "is_new",
            "member_image", "pin", "member_phone", "member_fax", "member_since_date", "register_date", "expire_date",
            "member_notes", "is_pending");

    private final Random random;
    private final boolean slims;
    private final List<String> districts = new ArrayList<>();
    private final List<String> firstNames = new ArrayList<>();
    private final List<String> lastNames = new ArrayList<>();
    private final List<String> rarerNames = new ArrayList<>();
    private final List<String> streets = new ArrayList<>();
    private final List<String> cities = new ArrayList<>();
    private final Set<String> niks = new HashSet<>();
    private final List<String> earlierNiks = new ArrayList<>();
    private final List<String> earlierNumbers = new ArrayList<>();
    private final Map<Bad, List<Long>> bad = new EnumMap<>(Bad.class);
    private final List<String> lebak;

    private final int badPercent;
    private final String prefix;

    private MemberFileGenerator(String preset, long seed, int badPercent, String prefix) {
        this.random = new Random(seed);
        this.badPercent = badPercent;
        this.prefix = prefix;
        this.slims = "slims".equalsIgnoreCase(preset);
        Faker faker = new Faker(Locale.forLanguageTag("id-ID"), new Random(seed));
        for (int i = 0; i < 800; i++) {
            firstNames.add(faker.name().firstName());
            lastNames.add(faker.name().lastName());
            streets.add(faker.address().streetAddress());
        }
        for (int i = 0; i < 150; i++) {
            cities.add(faker.address().city());
        }
        for (int i = 0; i < RARER_NAMES; i++) {
            rarerNames.add(composedWord());
        }
        RegionDirectory regions = new RegionDirectory();
        List<String> lebak = regions.districtsOf("36.02").stream().map(Region::digits).toList();
        for (Region province : regions.provinces()) {
            for (Region regency : regions.regenciesOf(province.code())) {
                regions.districtsOf(regency.code()).forEach(d -> districts.add(d.digits()));
            }
        }
        this.lebak = lebak;
    }

    /** Writes the file; answers the row numbers (header = row 1) of the bad rows, per kind. */
    public static Map<Bad, List<Long>> write(Path file, String preset, long rows, long seed) throws IOException {
        return write(file, preset, rows, seed, 1, "slims".equalsIgnoreCase(preset) ? "M" : "01-");
    }

    /** As above, with the share of bad rows in percent and the prefix of the old member numbers. */
    public static Map<Bad, List<Long>> write(Path file, String preset, long rows, long seed, int badPercent,
            String numberPrefix) throws IOException {
        MemberFileGenerator generator = new MemberFileGenerator(preset, seed, badPercent, numberPrefix);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            generator.line(out, generator.slims ? SLIMS : INLISLITE);
            for (long row = 2; row <= rows + 1; row++) {
                generator.line(out, generator.row(row));
            }
        }
        return generator.bad;
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        long started = System.nanoTime();
        Map<Bad, List<Long>> bad = write(Path.of(args[2]), args[1], rows, args.length > 3 ? Long.parseLong(args[3])
                : 42);
        long badRows = bad.values().stream().mapToLong(List::size).sum();
        System.out.printf("generated %d %s rows (%d bad: %s) into %s in %.1f s%n", rows, args[1], badRows,
                bad.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList(), args[2],
                (System.nanoTime() - started) / 1e9);
    }

    private List<String> row(long row) {
        Bad kind = random.nextInt(100) < badPercent ? badKind() : null;
        boolean female = random.nextBoolean();
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        String nik = nik(born, female);
        String number = prefix + String.format("%07d", row - 1);
        if (row % 97 == 0 && !earlierNumbers.isEmpty()) {
            number = earlierNumbers.get(random.nextInt(earlierNumbers.size()));
        } else if (earlierNumbers.size() < 1000) {
            earlierNumbers.add(number);
        }
        LocalDate registered = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 10));
        Person p = new Person(number, name(), nik, born, female, registered, registered.plusYears(5), phone(),
                email(), mother(), String.valueOf(1 + random.nextInt(3)));
        if (kind != null) {
            p = spoil(p, kind);
            bad.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
        } else if (earlierNiks.size() < 1000) {
            earlierNiks.add(nik);
        }
        return slims ? slims(p, kind) : inlislite(p, row, kind);
    }

    private Bad badKind() {
        List<Bad> kinds = new ArrayList<>(List.of(Bad.values()));
        if (slims) {
            kinds.remove(Bad.MOTHER_NAME_MISSING);
        }
        Bad kind = kinds.get(random.nextInt(kinds.size()));
        return kind == Bad.DUPLICATE_NIK && earlierNiks.isEmpty() ? Bad.NIK_LENGTH : kind;
    }

    private record Person(String number, String name, String nik, LocalDate born, boolean female,
            LocalDate registered, LocalDate expires, String phone, String email, String mother, String type) {
    }

    private Person spoil(Person p, Bad kind) {
        return switch (kind) {
            case NIK_LENGTH -> with(p, p.nik().substring(0, 15), p.born(), p.phone(), p.email(), p.name());
            case NIK_DATE -> with(p, p.nik().substring(0, 8) + "13" + p.nik().substring(10), p.born(), p.phone(),
                    p.email(), p.name());
            case NIK_SERIAL -> with(p, p.nik().substring(0, 12) + "0000", p.born(), p.phone(), p.email(), p.name());
            case PHONE -> with(p, p.nik(), p.born(), "12345", p.email(), p.name());
            case NAME_MISSING -> with(p, p.nik(), p.born(), p.phone(), p.email(), "");
            case DUPLICATE_NIK -> with(p, earlierNiks.get(random.nextInt(earlierNiks.size())), p.born(), p.phone(),
                    p.email(), p.name());
            case EMAIL -> with(p, p.nik(), p.born(), p.phone(), "bukan-surel@", p.name());
            case BIRTH_IN_FUTURE -> with(p, p.nik(), LocalDate.now().plusYears(1), p.phone(), p.email(), p.name());
            case MEMBER_TYPE -> new Person(p.number(), p.name(), p.nik(), p.born(), p.female(), p.registered(),
                    p.expires(), p.phone(), p.email(), p.mother(), "99");
            case EXPIRY_BEFORE_REGISTRATION -> new Person(p.number(), p.name(), p.nik(), p.born(), p.female(),
                    p.registered(), p.registered().minusDays(1), p.phone(), p.email(), p.mother(), p.type());
            case MOTHER_NAME_MISSING -> new Person(p.number(), p.name(), p.nik(), p.born(), p.female(),
                    p.registered(), p.expires(), p.phone(), p.email(), "", p.type());
            case BIRTH_DATE, SEX -> p;
        };
    }

    private static Person with(Person p, String nik, LocalDate born, String phone, String email, String name) {
        return new Person(p.number(), name, nik, born, p.female(), p.registered(), p.expires(), phone, email,
                p.mother(), p.type());
    }

    private List<String> slims(Person p, Bad kind) {
        return List.of(p.number(), p.name(), kind == Bad.SEX ? "7" : p.female() ? "0" : "1",
                kind == Bad.BIRTH_DATE ? "1990-02-31" : p.born().toString(), p.type(), street(), "", p.email(),
                String.valueOf(42000 + random.nextInt(999)), random.nextInt(5) == 0 ? "SMAN 1 Rangkasbitung" : "", "0",
                "", p.nik(), p.phone(), "", p.registered().toString(), p.registered().toString(),
                p.expires().toString(), "", "0");
    }

    private List<String> inlislite(Person p, long row, Bad kind) {
        return List.of(String.valueOf(row - 1), p.number(), p.name(), cities.get(random.nextInt(cities.size())),
                kind == Bad.BIRTH_DATE ? "31/02/1990" : p.born() + " 00:00:00", street(), "", p.phone(),
                random.nextInt(5) == 0 ? "SMAN 1 Rangkasbitung" : "", "1", p.nik(), "3",
                kind == Bad.SEX ? "9" : p.female() ? "2" : "1", "1", "2", p.registered() + " 08:15:00",
                p.expires() + " 00:00:00", p.mother(), p.email(), p.type(), "3", "1");
    }

    private String nik(LocalDate born, boolean female) {
        while (true) {
            String district = random.nextInt(5) < 4 && !lebak.isEmpty() ? lebak.get(random.nextInt(lebak.size()))
                    : districts.get(random.nextInt(districts.size()));
            String nik = district + String.format("%02d%02d%02d%04d", born.getDayOfMonth() + (female ? 40 : 0),
                    born.getMonthValue(), born.getYear() % 100, 1 + random.nextInt(9999));
            if (niks.add(nik)) {
                return nik;
            }
        }
    }

    /**
     * A name as people here carry them: one to four words (one name in twenty is a single word), most of them common
     * first and family names, three in ten from a pool of {@value #RARER_NAMES} rarer names made of syllables, so
     * that a library of a million members holds tens of thousands of distinct name words as a real one does (the
     * common names alone are a few hundred words, which kept the name search's word list unrealistically small: it
     * hid a search that read the whole list).
     */
    private String name() {
        int words = switch (random.nextInt(20)) {
            case 0 -> 1;
            case 16, 17, 18 -> 3;
            case 19 -> 4;
            default -> 2;
        };
        StringBuilder name = new StringBuilder();
        for (int word = 0; word < words; word++) {
            if (word > 0) {
                name.append(' ');
            }
            if (random.nextInt(10) < 3) {
                name.append(rarerNames.get(random.nextInt(rarerNames.size())));
            } else {
                List<String> names = word == 0 ? firstNames : lastNames;
                name.append(names.get(random.nextInt(names.size())));
            }
        }
        return name.toString();
    }

    private static final String[] SYLLABLES = {"a", "i", "u", "su", "sa", "si", "wi", "wa", "nar", "no", "to", "ti",
        "har", "ja", "di", "dar", "ma", "mi", "ra", "ri", "ni", "na", "yan", "yah", "ko", "gus", "lan", "man", "wan",
        "tri", "sri", "ning", "sih", "pur", "bu", "yo", "an", "in", "ha", "la", "li", "ru", "ta", "ka", "ba", "da",
        "ga", "se", "te", "pra", "hen", "dra", "kus", "tu", "ham", "mad", "fi", "fa", "zul", "ros", "put", "ning"};

    private static final int RARER_NAMES = 60_000;

    private String composedWord() {
        StringBuilder word = new StringBuilder();
        for (int syllables = 2 + random.nextInt(3); syllables > 0; syllables--) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String mother() {
        return firstNames.get(random.nextInt(firstNames.size()));
    }

    private String street() {
        return streets.get(random.nextInt(streets.size())) + ", " + cities.get(random.nextInt(cities.size()));
    }

    private String phone() {
        String digits = "8" + (1 + random.nextInt(3)) + String.format("%08d", random.nextInt(100_000_000));
        return switch (random.nextInt(3)) {
            case 0 -> "0" + digits;
            case 1 -> "+62 " + digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
            default -> "62" + digits;
        };
    }

    private String email() {
        return random.nextInt(3) == 0 ? "" : "anggota" + Long.toString(random.nextLong() & 0xffffffffL, 36)
                + "@contoh.id";
    }

    private void line(BufferedWriter out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i);
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
            out.write(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.write('\n');
    }
}
