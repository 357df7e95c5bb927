package id.serambi.membership;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

/**
 * Test data for membership: valid NIKs built from real region codes (district 36.02.01 Malingping in Lebak, 35.15.01
 * Tarik in Sidoarjo), applications as JSON maps, and real images.
 */
public final class MemberFixtures {

    public static final String LEBAK_DISTRICT = "360201";
    public static final String SIDOARJO_DISTRICT = "351501";
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));

    private MemberFixtures() {
    }

    /** A valid NIK for a person born on the given day; women's day is increased by 40. */
    public static String nik(String district, LocalDate birthDate, boolean female) {
        int day = birthDate.getDayOfMonth() + (female ? 40 : 0);
        int serial = 1 + Math.floorMod(SERIAL.getAndIncrement() * 7919 + (int) (System.nanoTime() % 9973), 9999);
        return district + String.format("%02d%02d%02d%04d", day, birthDate.getMonthValue(),
                birthDate.getYear() % 100, serial);
    }

    /** A fresh adult birth date, random enough that tests never share a NIK. */
    public static LocalDate anAdultBirthDate() {
        return LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 365 * 40));
    }

    /** A complete, valid application for the library's general category, as the API takes it. */
    public static Map<String, Object> anApplication(String district) {
        LocalDate born = anAdultBirthDate();
        boolean female = ThreadLocalRandom.current().nextBoolean();
        Map<String, Object> application = new HashMap<>();
        application.put("fullName", aName());
        application.put("nik", nik(district, born, female));
        application.put("birthPlace", "Lebak");
        application.put("birthDate", born.toString());
        application.put("sex", female ? "F" : "M");
        application.put("address", "Jl. Multatuli No. " + ThreadLocalRandom.current().nextInt(1, 200));
        application.put("motherMaidenName", "Siti Rahayu");
        application.put("phone", "0812" + (10000000 + ThreadLocalRandom.current().nextInt(89999999)));
        application.put("email", "anggota" + System.nanoTime() + "@contoh.id");
        application.put("category", "umum");
        application.put("consent", true);
        application.put("documents", List.of(Map.of("type", "KTP", "number", application.get("nik"))));
        return application;
    }

    public static Map<String, Object> with(Map<String, Object> application, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(application);
        changed.put(field, value);
        return changed;
    }

    public static String aName() {
        List<String> first = List.of("Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hana", "Indra");
        List<String> last = List.of("Saputra", "Wulandari", "Hidayat", "Permata", "Santoso", "Lestari", "Nugroho");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return first.get(random.nextInt(first.size())) + " " + randomWord() + " "
                + last.get(random.nextInt(last.size()));
    }

    private static String randomWord() {
        String letters = "bcdfghjklmnprstw";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            word.append(letters.charAt(random.nextInt(letters.length()))).append(vowels.charAt(random.nextInt(5)));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A real image of the given size and format (png or jpeg). */
    public static byte[] anImage(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static List<String> fields(tools.jackson.databind.JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").valueStream().forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
