package id.serambi.libraries.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.Holiday;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.OpeningInterval;
import id.serambi.libraries.ServiceHours;
import id.serambi.shared.RememberedRows;

@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;
    /** Read on most requests (service times, the applicant's e-mail), changed by an administrator now and then. */
    private final RememberedRows<LibraryId, ServiceHours> hours =
            new RememberedRows<>(RememberedRows.SHARED_DATABASE_DELAY);

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ServiceHours hours(LibraryId library) {
        return hours.get(library, this::readHours);
    }

    private ServiceHours readHours(LibraryId library) {
        Map<DayOfWeek, OpeningInterval> days = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("select weekday, opens_at, closes_at from library_service_hours where library_id = ?")
                .param(library.value())
                .query((rs, row) -> days.put(DayOfWeek.of(rs.getInt("weekday")), new OpeningInterval(
                        rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class))))
                .list();
        return new ServiceHours(days);
    }

    public void replaceHours(LibraryId library, ServiceHours hours) {
        this.hours.forget();
        jdbc.sql("delete from library_service_hours where library_id = ?").param(library.value()).update();
        hours.days().forEach((day, interval) -> jdbc.sql("""
                insert into library_service_hours (library_id, weekday, opens_at, closes_at) values (?, ?, ?, ?)""")
                .params(library.value(), day.getValue(), interval.opens(), interval.closes()).update());
    }

    public List<Holiday> holidays(LibraryId library, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select day, name from library_holiday where library_id = ? and day between ? and ? order by day""")
                .params(library.value(), from, to)
                .query((rs, row) -> new Holiday(rs.getObject("day", LocalDate.class), rs.getString("name")))
                .list();
    }

    public List<LocalDate> allHolidayDates(LibraryId library) {
        return jdbc.sql("select day from library_holiday where library_id = ?").param(library.value())
                .query(LocalDate.class).list();
    }

    /** Adds or renames a holiday. */
    public void putHoliday(LibraryId library, Holiday holiday) {
        jdbc.sql("""
                insert into library_holiday (library_id, day, name) values (?, ?, ?)
                on conflict (library_id, day) do update set name = excluded.name""")
                .params(library.value(), holiday.day(), holiday.name()).update();
    }

    public boolean removeHoliday(LibraryId library, LocalDate day) {
        return jdbc.sql("delete from library_holiday where library_id = ? and day = ?")
                .params(library.value(), day).update() > 0;
    }
}
