package id.serambi.libraries;

/** One weekday's service hours as typed ({@code 07:00} or {@code 07.00}), before they are checked. */
public record DayHours(String open, String close) {
}
