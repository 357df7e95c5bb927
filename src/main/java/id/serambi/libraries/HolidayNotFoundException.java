package id.serambi.libraries;

import java.time.LocalDate;

import id.serambi.shared.NotFoundException;

/** The library has no holiday on that date (404). */
public class HolidayNotFoundException extends NotFoundException {

    private HolidayNotFoundException(LocalDate day) {
        super("libraries.holiday.notFound", day.toString());
    }

    public static HolidayNotFoundException forDay(LocalDate day) {
        return new HolidayNotFoundException(day);
    }
}
