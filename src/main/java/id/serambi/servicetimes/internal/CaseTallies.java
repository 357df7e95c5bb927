package id.serambi.servicetimes.internal;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

import id.serambi.cases.CaseMoments;
import id.serambi.servicetimes.ServiceTimeReport.HourCases;
import id.serambi.servicetimes.ServiceTimeReport.StaffCases;

/** Counts cases by the staff members who served them and by the hour of the day they began. */
public final class CaseTallies {

    private CaseTallies() {
    }

    /** Per staff account that recorded any step of a case; most cases first, then by account. */
    public static List<StaffCases> byStaff(List<CaseMoments> cases, LongFunction<StaffCases> named) {
        Map<Long, Integer> counts = new TreeMap<>();
        cases.forEach(c -> c.staff().forEach(id -> counts.merge(id, 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .map(e -> {
                    StaffCases who = named.apply(e.getKey());
                    return new StaffCases(e.getKey(), who.username(), who.fullName(), e.getValue());
                })
                .toList();
    }

    /** Per hour (0-23, in the zone) of the arrival, else the first recorded step; hours without cases left out. */
    public static List<HourCases> byHour(List<CaseMoments> cases, ZoneId zone) {
        Map<Integer, Integer> counts = new TreeMap<>();
        cases.forEach(c -> c.first().ifPresent(at -> counts.merge(at.atZone(zone).getHour(), 1, Integer::sum)));
        return counts.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey))
                .map(e -> new HourCases(e.getKey(), e.getValue())).toList();
    }
}
