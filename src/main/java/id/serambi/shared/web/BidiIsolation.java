package id.serambi.shared.web;

import org.springframework.stereotype.Component;

/**
 * For pages: typed text put into a sentence ({@code #{home.greeting(${@bidi.isolate(name)})}}), where no element of
 * its own can hold it, is wrapped in the Unicode isolates FSI … PDI, which do what {@code <bdi>} does for an element:
 * a direction override inside cannot turn the rest of the sentence around.
 */
@Component("bidi")
public class BidiIsolation {

    public String isolate(String text) {
        return text == null ? null : "\u2068" + text + "\u2069";
    }
}
