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

    public HoursForm() {
        for (DayOfWeek day : DayOfWeek.values()) {
            DayForm form = new DayForm();
            form.setClosed(true);
            days.put(day.name(), form);
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
        hours.days().forEach((day, interval) -> form.days.put(day.name(), day(interval)));
        return form;
    }

    /** The open days as the service takes them; a closed day is left out. */
    Map<String, DayHours> toHours() {
        Map<String, DayHours> open = new LinkedHashMap<>();
        days.forEach((day, form) -> {
            if (form != null && !form.isClosed()) {
                open.put(day, new DayHours(form.getOpen(), form.getClose()));
            }
        });
        return open;
    }

    private static DayForm day(OpeningInterval interval) {
        DayForm form = new DayForm();
        form.setOpen(interval.opens().format(HH_MM));
        form.setClose(interval.closes().format(HH_MM));
        return form;
    }
}
