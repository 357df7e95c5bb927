// Load generator for bench/run.sh: membership applications with Indonesian names (Datafaker, locale id), valid NIKs
// over real district codes and adult birth dates, posted online (public, KTA Online) or at the desk (staff API).
// Each accepted NIK, full name and member number is appended to OUT (tab-separated) for the search benchmark.
//   java -cp datafaker.jar bench/RegistrationLoad.java URL USER|- PASSWORD|- DISTRICTS_CSV CONNECTIONS SECONDS
//        WARM_UP_SECONDS MAX_REQUESTS OUT
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.datafaker.Faker;

public class RegistrationLoad {

    private static final Pattern NUMBER = Pattern.compile("\"memberNumber\"\\s*:\\s*\"([^\"]+)\"");
    private static final long RUN = System.nanoTime();

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String auth = "-".equals(args[1]) ? null : LoadRunner.basic(args[1], args[2]);
        List<String> districts = districts(Path.of(args[3]));
        int connections = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int warmUp = Integer.parseInt(args[6]);
        long max = Long.parseLong(args[7]);
        String[] applicants = new String[1 << 20];
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[8])))) {
            LoadRunner runner = new LoadRunner(connections, 201, n -> {
                Applicant a = Applicant.of(n, districts);
                applicants[(int) (n & (applicants.length - 1))] = a.nik + "\t" + a.fullName;
                HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(a.json(auth != null)));
                return (auth == null ? request : request.header("Authorization", auth)).build();
            }).onSuccess((n, response) -> {
                Matcher number = NUMBER.matcher(response);
                String line = applicants[(int) (n & (applicants.length - 1))] + "\t"
                        + (number.find() ? number.group(1) : "");
                synchronized (out) {
                    out.println(line);
                }
            });
            runner.warmUp(warmUp);
            long[] cpuBefore = ProcessCpu.ticks();
            var groupsBefore = ProcessCpu.groups();
            LoadRunner.Result result = runner.run(seconds, max);
            ProcessCpu.print(cpuBefore, ProcessCpu.ticks(), result.latencies().length, "registration");
            ProcessCpu.printGroups(groupsBefore, ProcessCpu.groups(), result.latencies().length);
            result.print(auth == null ? "registrations_online" : "registrations_desk");
        }
    }

    private static List<String> districts(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                .filter(code -> code.matches("\\d\\d\\.\\d\\d\\.\\d\\d")).toList();
    }

    /** One applicant, derived from the request's sequence number so that every thread makes its own. */
    record Applicant(String nik, String fullName, LocalDate birthDate, boolean female, String region,
            String address, String mother, String phone, String email) {

        /** Mobile prefixes of the Indonesian operators (Telkomsel, Indosat, XL, Axis, Tri, Smartfren). */
        private static final String[] MOBILE = {"811", "812", "813", "821", "822", "852", "853", "814", "815", "816",
                "855", "856", "857", "858", "817", "818", "819", "859", "877", "878", "831", "832", "838", "895",
                "896", "897", "898", "899", "881", "882", "887", "888"};
        private static final ThreadLocal<Faker> FAKER = ThreadLocal.withInitial(() -> new Faker(Locale.of("id")));

        static Applicant of(long n, List<String> districts) {
            SplittableRandom random = new SplittableRandom(RUN * 31 + n);
            Faker faker = FAKER.get();
            String region = districts.get(random.nextInt(districts.size()));
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(55 * 365));
            boolean female = random.nextBoolean();
            int day = birth.getDayOfMonth() + (female ? 40 : 0);
            String nik = region.replace(".", "") + String.format("%02d%02d%02d%04d", day, birth.getMonthValue(),
                    birth.getYear() % 100, 1 + random.nextInt(9999));
            String name = faker.name().firstName() + " " + faker.name().lastName();
            String address = faker.address().streetAddress() + ", " + faker.address().city();
            String phone = "0" + MOBILE[random.nextInt(MOBILE.length)]
                    + String.format("%08d", random.nextInt(100_000_000));
            String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ".") + n + "@contoh.id";
            return new Applicant(nik, name, birth, female, region, address, faker.name().firstName(), phone, email);
        }

        String json(boolean atDesk) {
            String documents = atDesk ? ",\"documents\":[{\"type\":\"KTP\",\"number\":\"" + nik + "\"}]" : "";
            return "{\"fullName\":\"" + esc(fullName) + "\",\"nik\":\"" + nik + "\",\"birthDate\":\"" + birthDate
                    + "\",\"sex\":\"" + (female ? "F" : "M") + "\",\"address\":\"" + esc(address)
                    + "\",\"regionCode\":\"" + region + "\",\"motherMaidenName\":\"" + esc(mother)
                    + "\",\"phone\":\"" + phone + "\",\"email\":\"" + email
                    + "\",\"category\":\"umum\",\"consent\":true" + documents + "}";
        }

        private static String esc(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
