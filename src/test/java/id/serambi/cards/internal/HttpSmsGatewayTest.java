package id.serambi.cards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import id.serambi.shared.DomainException;

class HttpSmsGatewayTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheNumberAndTextAsJsonToTheConfiguredUrl() throws IOException {
        AtomicReference<String> received = new AtomicReference<>();
        String url = serve(200, received);

        new HttpSmsGateway(url).send("+6281234567890", "Kode verifikasi: 123456.");

        assertThat(received.get()).contains("\"to\":\"+6281234567890\"", "\"text\":\"Kode verifikasi: 123456.\"");
    }

    @Test
    void aGatewayErrorBecomesABadGatewayRefusal() throws IOException {
        String url = serve(500, new AtomicReference<>());

        assertThatThrownBy(() -> new HttpSmsGateway(url).send("+6281234567890", "x"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("SMS_FAILED");
    }

    private String serve(int status, AtomicReference<String> received) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }
}
