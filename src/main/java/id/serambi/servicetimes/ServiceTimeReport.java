package id.serambi.servicetimes;

import java.time.LocalDate;
import java.util.List;

/**
 * How a library really performed against its published standards over a period (dates in its time zone).
 *
 * @param casesByStaff the cases of all measured services per staff account that recorded or ticked any of their
 *        steps (a case two staff members served counts for both), most cases first
 * @param casesByHour the cases of all measured services per hour of the day (library time zone) of their arrival,
 *        else their first recorded step; hours without cases are left out
 */
public record ServiceTimeReport(String library, LocalDate from, LocalDate to, List<ServiceFigures> services,
        List<StaffCases> casesByStaff, List<HourCases> casesByHour) {

    /** Cases a staff member served; username and full name as the account has them now. */
    public record StaffCases(long accountId, String username, String fullName, int cases) {
    }

    /** Cases that began in the hour (0-23). */
    public record HourCases(int hour, int cases) {
    }
}
