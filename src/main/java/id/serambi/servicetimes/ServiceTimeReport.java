package id.serambi.servicetimes;

import java.time.LocalDate;
import java.util.List;

/** How a library really performed against its published standards over a period (dates in its time zone). */
public record ServiceTimeReport(String library, LocalDate from, LocalDate to, List<ServiceFigures> services) {
}
