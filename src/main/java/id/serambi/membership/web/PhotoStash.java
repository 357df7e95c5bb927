package id.serambi.membership.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import id.serambi.membership.ImageRefusedException;
import id.serambi.membership.Memberships;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps the photo chosen on a registration or correction form while the form is shown again for another field's
 * error: a browser never fills a file field again, and a webcam picture would be lost. The photo is checked and cut
 * as the card takes it, then held in the visitor's own session under a random name for a short while; the form
 * carries only that name and shows the photo again.
 */
@Component
class PhotoStash {

    static final Duration KEPT_FOR = Duration.ofMinutes(30);
    static final String FIELD = "keptPhoto";
    private static final String ATTRIBUTE = PhotoStash.class.getName();
    private static final int AT_MOST = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Memberships memberships;
    private final Clock clock;

    PhotoStash(Memberships memberships, Clock clock) {
        this.memberships = memberships;
        this.clock = clock;
    }

    private record Kept(byte[] jpeg, Instant until) implements Serializable {
    }

    /** The photo sent with the form (file or webcam), else the one kept for it earlier, else null. */
    byte[] chosen(HttpSession session, MultipartFile file, String dataUrl, String keptName) {
        byte[] sent = PhotoInput.bytes(file, dataUrl);
        if (sent != null) {
            return sent;
        }
        Kept kept = keptName == null ? null : kept(session).get(keptName);
        return kept == null || kept.until().isBefore(clock.instant()) ? null : kept.jpeg().clone();
    }

    /** Keeps the photo for the form shown again; a photo that is itself refused is not kept (its error shows). */
    void keep(HttpSession session, byte[] photo, Model model) {
        if (photo == null) {
            return;
        }
        byte[] jpeg;
        try {
            jpeg = memberships.portrait(photo).jpeg();
        } catch (ImageRefusedException refused) {
            return;
        }
        Map<String, Kept> kept = kept(session);
        Instant now = clock.instant();
        kept.values().removeIf(k -> k.until().isBefore(now));
        while (kept.size() >= AT_MOST) {
            kept.remove(kept.keySet().iterator().next());
        }
        byte[] name = new byte[16];
        RANDOM.nextBytes(name);
        String key = HexFormat.of().formatHex(name);
        kept.put(key, new Kept(jpeg, now.plus(KEPT_FOR)));
        session.setAttribute(ATTRIBUTE, kept);
        model.addAttribute(FIELD, key);
        model.addAttribute("keptPhotoUrl", "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg));
    }

    /** The form went through: its kept photo is not needed any more. */
    void forget(HttpSession session, String keptName) {
        if (keptName != null) {
            Map<String, Kept> kept = kept(session);
            kept.remove(keptName);
            session.setAttribute(ATTRIBUTE, kept);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Kept> kept(HttpSession session) {
        Object value = session.getAttribute(ATTRIBUTE);
        return value instanceof LinkedHashMap<?, ?> map ? (Map<String, Kept>) map : new LinkedHashMap<>();
    }
}
