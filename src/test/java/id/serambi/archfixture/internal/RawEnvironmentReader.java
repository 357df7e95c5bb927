package id.serambi.archfixture.internal;

import org.springframework.beans.factory.annotation.Value;

/** Reads an environment variable by its raw name, for ArchitectureRulesTest. */
public class RawEnvironmentReader {

    private final String url;

    public RawEnvironmentReader(@Value("${SERAMBI_SMS_URL:}") String url) {
        this.url = url;
    }

    public String url() {
        return url;
    }
}
