package id.serambi.libraries;

import java.time.LocalDate;

/** A day the library is closed although its service hours say otherwise (national holiday, cuti bersama, local). */
public record Holiday(LocalDate day, String name) {
}
