package id.serambi.cards;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.serambi.cards.internal.render.CardData;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Test data for cards: the seed libraries as plain records, a sample photo, sample members. */
public final class CardFixtures {

    public static final List<String> SEED_LIBRARIES = List.of("lebak", "jateng", "barut", "sidoarjo", "banyuwangi");

    private CardFixtures() {
    }

    public static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/cards", "i18n/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** A seed library as its YAML file describes it, without touching a database. */
    public static Library seedLibrary(String code) {
        try (InputStream in = CardFixtures.class.getResourceAsStream("/seed/libraries/" + code + ".yml")) {
            Map<String, Object> yaml = new YAMLMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
            return new Library(LibraryId.of(SEED_LIBRARIES.indexOf(code) + 1), code, text(yaml, "name"),
                    text(yaml, "agency"), text(yaml, "address"), text(yaml, "postalCode"), text(yaml, "phone"),
                    text(yaml, "email"), text(yaml, "website"), text(yaml, "regionCode"),
                    ZoneId.of(text(yaml, "timezone")), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        return value == null ? null : value.toString();
    }

    public static CardData aCard(String memberNumber, String fullName) {
        return new CardData(memberNumber, fullName, "Umum", LocalDate.of(2031, 11, 30), samplePhotoJpeg());
    }

    /** A 3:4 portrait: plain background, head and shoulders, as a desk camera would give after cropping. */
    public static byte[] samplePhotoJpeg() {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xb8, 0xd4, 0xf0), 0, 400, new Color(0x6f, 0x9c, 0xcf)));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(0x2b, 0x3a, 0x55));
        g.fillOval(40, 280, 220, 260);
        g.setColor(new Color(0xd9, 0xa5, 0x7b));
        g.fillRect(125, 230, 50, 70);
        g.fillOval(85, 90, 130, 165);
        g.setColor(new Color(0x22, 0x1a, 0x15));
        g.fillArc(80, 75, 140, 110, 0, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
