package id.serambi.servicetimes.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import id.serambi.libraries.Library;
import id.serambi.servicetimes.ServiceFigures;
import id.serambi.servicetimes.ServiceTimeReport;
import id.serambi.servicetimes.ServiceTimeService;
import id.serambi.servicetimes.StepFigures;

/**
 * Last calendar month's real median of each step (library time zone), for the public page of the standards
 * ({@code @lastMonthTimes} in templates). Worked out once per request and library: the page asks for every step.
 */
@Component("lastMonthTimes")
class LastMonthTimes {

    private static final String MEMO = LastMonthTimes.class.getName();

    private final ServiceTimeService serviceTimes;
    private final Clock clock;

    LastMonthTimes(ServiceTimeService serviceTimes, Clock clock) {
        this.serviceTimes = serviceTimes;
        this.clock = clock;
    }

    /** The previous calendar month in the library's time zone. */
    public YearMonth month(Library library) {
        return YearMonth.now(clock.withZone(library.timezone())).minusMonths(1);
    }

    /** The step's median time in seconds last month; null when no case measured it. */
    public Integer median(Library library, String serviceCode, int order) {
        Map<String, Integer> medians = medians(library);
        return medians.get(serviceCode + "#" + order);
    }

    private Map<String, Integer> medians(Library library) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = MEMO + "." + library.code();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> kept) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> medians = (Map<String, Integer>) kept;
            return medians;
        }
        YearMonth month = month(library);
        ServiceTimeReport report = serviceTimes.report(library, month.atDay(1), month.atEndOfMonth());
        Map<String, Integer> medians = new HashMap<>();
        for (ServiceFigures service : report.services()) {
            for (StepFigures step : service.steps()) {
                if (step.medianSeconds() != null) {
                    medians.put(service.code() + "#" + step.order(), Math.toIntExact(step.medianSeconds()));
                }
            }
        }
        if (request != null) {
            request.setAttribute(key, medians, RequestAttributes.SCOPE_REQUEST);
        }
        return medians;
    }
}
