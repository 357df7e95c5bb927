package id.serambi.libraries.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.DayHours;
import id.serambi.libraries.Holiday;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryAdministration;
import id.serambi.libraries.LibraryProfile;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.PublicLibrary;
import id.serambi.libraries.ServiceStandard;
import id.serambi.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Library administration", description = "Profile, service standards, service hours and holidays (KABID+ writes)")
class LibraryAdministrationApiController {

    private final LibraryService libraries;
    private final LibraryAdministration administration;

    LibraryAdministrationApiController(LibraryService libraries, LibraryAdministration administration) {
        this.libraries = libraries;
        this.administration = administration;
    }

    @PutMapping("/service-standards/{code}")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Replace one service standard (the shape of one element of services[] in the GET)")
    ServiceStandardsResponse.Service updateStandard(Library library, @PathVariable String code,
            @RequestBody ServiceStandardRequest request) {
        ServiceStandard current = libraries.standard(library.id(), code);
        ServiceStandard saved = administration.updateStandard(library, code, request.toStandard(current));
        return ServiceStandardsResponse.service(saved, administration.standardChanges(library.id()).get(code));
    }

    @GetMapping("/profile")
    @Operation(summary = "The library's profile: name, agency, address, contact and IANA time zone")
    LibraryProfile profile(@PublicLibrary Library library) {
        return LibraryProfile.of(library);
    }

    @PutMapping("/profile")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Replace the profile; the time zone is one of Indonesia's four (Asia/Jakarta, …)")
    LibraryProfile updateProfile(Library library, @RequestBody LibraryProfile profile) {
        return LibraryProfile.of(administration.updateProfile(library, profile));
    }

    record HandoverSettings(Boolean requiresConfirmedPhone) {
    }

    @GetMapping("/handover-settings")
    @Operation(summary = "Whether the card hand-over needs the member's phone proven (code, or number typed again)")
    HandoverSettings handoverSettings(Library library) {
        return new HandoverSettings(libraries.handoverRequiresConfirmedPhone(library.id()));
    }

    @PutMapping("/handover-settings")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Turn the hand-over's phone proof on or off (KABID and above)")
    HandoverSettings changeHandoverSettings(Library library, @RequestBody HandoverSettings body) {
        if (body.requiresConfirmedPhone() == null) {
            throw InvalidInputException.of("requiresConfirmedPhone", "libraries.handover.requiredMissing");
        }
        return new HandoverSettings(administration.changeHandoverPhoneCheck(library, body.requiresConfirmedPhone()));
    }

    @GetMapping("/service-hours")
    @Operation(summary = "Weekly service hours: weekday → {open, close} as HH:mm, null when closed")
    Map<String, ServiceStandardsResponse.Hours> hours(@PublicLibrary Library library) {
        return ServiceStandardsResponse.hours(libraries.hours(library.id()));
    }

    @PutMapping("/service-hours")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Replace the weekly service hours: every weekday, {open, close} or null when closed")
    Map<String, ServiceStandardsResponse.Hours> replaceHours(Library library,
            @RequestBody Map<String, DayHours> days) {
        Map<String, DayHours> input = new LinkedHashMap<>(days == null ? Map.of() : days);
        return ServiceStandardsResponse.hours(administration.replaceHours(library, input));
    }

    @GetMapping("/holidays")
    @Operation(summary = "The library's holidays of a year (default: the current year in the library's zone)")
    List<HolidayResponse> holidays(@PublicLibrary Library library, @RequestParam(required = false) Integer year) {
        int chosen = year != null ? year : LocalDate.now(library.timezone()).getYear();
        return libraries.holidays(library.id(), chosen).stream().map(HolidayResponse::of).toList();
    }

    record HolidayRequest(String date, String name) {
    }

    record HolidayResponse(LocalDate date, String name) {

        static HolidayResponse of(Holiday holiday) {
            return new HolidayResponse(holiday.day(), holiday.name());
        }
    }

    @PostMapping("/holidays")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Add a holiday, or rename the one on that date → 201 (added) or 200 (renamed)")
    ResponseEntity<HolidayResponse> addHoliday(Library library, @RequestBody HolidayRequest request) {
        LibraryAdministration.PutHoliday result = administration.putHoliday(library, request.date(), request.name());
        HolidayResponse stored = HolidayResponse.of(result.holiday());
        return result.added() ? ResponseEntity.created(URI.create("/api/v1/libraries/" + library.code()
                + "/holidays/" + stored.date())).body(stored) : ResponseEntity.ok(stored);
    }

    @DeleteMapping("/holidays/{date}")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Remove a holiday → 204; 404 when that date is no holiday")
    ResponseEntity<Void> removeHoliday(Library library,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        administration.removeHoliday(library, date);
        return ResponseEntity.noContent().build();
    }
}
