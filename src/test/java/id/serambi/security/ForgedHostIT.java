package id.serambi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import id.serambi.support.IntegrationTest;
import id.serambi.support.TestUsers;

/**
 * Absolute addresses come from {@code serambi.base-url}, redirects are paths: a forged {@code Host} or
 * {@code X-Forwarded-Host} (believed from a trusted proxy, as every test client is) leads nowhere else.
 */
@IntegrationTest
class ForgedHostIT {

    private static final String EVIL = "evil.example";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void aForgedHostHeaderIsNeitherInTheSignInRedirectNorInThePostersQrCode() throws Exception {
        RawResponse redirect = raw("/app/sidoarjo/ikm", "Host: " + EVIL);
        RawResponse qr = raw("/l/sidoarjo/survei/qr.png?layanan=keanggotaan", "Host: " + EVIL);

        assertThat(redirect.head()).startsWith("HTTP/1.1 302");
        assertThat(location(redirect.head())).endsWith("/login").doesNotContain(EVIL);
        assertThat(qr.head()).startsWith("HTTP/1.1 200");
        assertThat(decode(qr.body())).isEqualTo("http://localhost:8080/l/sidoarjo/survei?layanan=keanggotaan");
    }

    @Test
    void aForgedForwardedHostIsNeitherInTheSignInRedirectsNorInThePostersQrCode() throws Exception {
        HttpResponse<byte[]> qr = HTTP.send(get("/l/sidoarjo/survei/qr.png").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> toSignIn = HTTP.send(get("/admin/staff").build(), HttpResponse.BodyHandlers.ofString());
        String session = cookie(toSignIn);
        HttpResponse<String> page = HTTP.send(get("/login").header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + TestUsers.ADMIN + "&password=" + URLEncoder.encode(TestUsers.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(url("/login"))
                .header("X-Forwarded-Host", EVIL).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(decode(qr.body())).isEqualTo("http://localhost:8080/l/sidoarjo/survei").doesNotContain(EVIL);
        assertThat(toSignIn.headers().firstValue("Location").orElseThrow()).isEqualTo("/login");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith("/admin/staff")
                .doesNotContain(EVIL);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(url(path)).header("X-Forwarded-Host", EVIL).GET();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SERAMBI_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String location(String head) {
        return head.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).map(l -> l.substring(9).strip())
                .findFirst().orElseThrow();
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE))).getText();
    }

    /** A request whose Host header Java's HTTP client would not let us set. */
    private RawResponse raw(String path, String header) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + header + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String head = new String(all, 0, split, StandardCharsets.ISO_8859_1);
            byte[] body = Arrays.copyOfRange(all, split + 4, all.length);
            return new RawResponse(head, head.toLowerCase().contains("transfer-encoding: chunked") ? unchunk(body)
                    : body);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new IllegalStateException("no end of headers");
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(Arrays.copyOfRange(body, at, body.length), "\r\n".getBytes()) + at;
            int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0]
                    .strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    record RawResponse(String head, byte[] body) {
    }
}
