package id.serambi.libraries.web;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import id.serambi.libraries.ChannelType;

/**
 * Links and names for the public pages ({@code @contactLinks} in templates): a published contact as a {@code mailto:}
 * or {@code https:} link where it is one, and a time zone by the name Indonesians read on a timetable (WIB, WITA, WIT).
 */
@Component("contactLinks")
public class ContactLinks {

    private static final Map<String, String> INDONESIAN_ZONES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak",
            "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s()<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN = Pattern.compile("(?:[a-z0-9-]+\\.)+[a-z]{2,}(/[^\\s()<>\"]*)?",
            Pattern.CASE_INSENSITIVE);

    /** Where a contact leads, or null when it is no address to follow (a box, a telephone number, a street). */
    public String href(ChannelType channel, String contact) {
        if (contact == null || channel == null) {
            return null;
        }
        return switch (channel) {
            case EMAIL -> find(EMAIL, contact).map(address -> "mailto:" + address).orElse(null);
            case WEBSITE, FACEBOOK, INSTAGRAM, TWITTER -> website(contact);
            default -> null;
        };
    }

    /** A web address as written in a document ("diskerpus.lebakkab.go.id", "http://…") as a link; null if none. */
    public String website(String text) {
        if (text == null) {
            return null;
        }
        Optional<String> url = find(URL, text);
        if (url.isPresent()) {
            return url.get();
        }
        return text.contains("@") ? null : find(DOMAIN, text).map(domain -> "https://" + domain).orElse(null);
    }

    /** WIB, WITA or WIT for Indonesia's three zones; the zone's own name elsewhere. */
    public String zone(ZoneId zone) {
        return INDONESIAN_ZONES.getOrDefault(zone.getId(), zone.getId());
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }
}
