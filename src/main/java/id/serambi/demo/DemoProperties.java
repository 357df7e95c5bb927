package id.serambi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sample activity.
 *
 * @param demoData whether thirty days of sample activity are added once ({@code SERAMBI_DEMO_DATA}, false)
 */
@ConfigurationProperties("serambi")
record DemoProperties(boolean demoData) {
}
