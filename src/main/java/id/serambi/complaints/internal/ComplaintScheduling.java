package id.serambi.complaints.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the overdue check on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ComplaintScheduling {
}
