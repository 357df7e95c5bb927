package id.serambi.libraries.web;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import id.serambi.libraries.DayHours;
import id.serambi.libraries.OpeningInterval;
import id.serambi.libraries.ServiceHours;

/** The weekly service hours on the settings page, one entry per weekday from Monday. */
public class HoursForm {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Map<String, DayForm> days = new LinkedHashMap<>();

    /** Every day open with no times: a form posted without its fields is refused, never read as "all closed". */
    public HoursForm() {
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name(), new DayForm());
        }
    }

    public Map<String, DayForm> getDays() {
        return days;
    }

    public void setDays(Map<String, DayForm> days) {
        this.days = days;
    }

    static HoursForm of(ServiceHours hours) {
        HoursForm form = new HoursForm();
        for (DayOfWeek day : DayOfWeek.values()) {
            form.days.put(day.name(), hours.on(day).map(HoursForm::day).orElseGet(HoursForm::closed));
        }
        return form;
    }

    /** Every weekday as the service takes them; a closed day is null. */
    Map<String, DayHours> toHours() {
        Map<String, DayHours> week = new LinkedHashMap<>();
        days.forEach((day, form) -> week.put(day, form == null || form.isClosed() ? null
                : new DayHours(form.getOpen(), form.getClose())));
        return week;
    }

    private static DayForm closed() {
        DayForm form = new DayForm();
        form.setClosed(true);
        return form;
    }

    private static DayForm day(OpeningInterval interval) {
        DayForm form = new DayForm();
        form.setOpen(interval.opens().format(HH_MM));
        form.setClose(interval.closes().format(HH_MM));
        return form;
    }
}
