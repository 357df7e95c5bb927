package id.serambi.membership.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.membership.internal.MembershipSettings;
import id.serambi.membership.internal.NumberIssuer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}/membership-settings")
@Tag(name = "Members", description = "The library's member number pattern and renewal rule")
class MembershipSettingsApiController {

    private final NumberIssuer numbers;

    MembershipSettingsApiController(NumberIssuer numbers) {
        this.numbers = numbers;
    }

    record SettingsBody(String numberPattern, String renewalFrom) {

        static SettingsBody of(MembershipSettings settings) {
            return new SettingsBody(settings.pattern().pattern(), settings.renewalFrom().name());
        }
    }

    @GetMapping
    @Operation(summary = "The member number pattern ({YYYY}, {YY}, {SEQ:n}) and where renewals start")
    SettingsBody get(Library library) {
        return SettingsBody.of(numbers.settings(library));
    }

    @PutMapping
    @PreAuthorize("hasRole('KEPALA')")
    @Operation(summary = "Change them (head of agency, administrator); issued numbers never change")
    SettingsBody change(Library library, @RequestBody SettingsBody body) {
        return SettingsBody.of(numbers.change(library, body.numberPattern(), body.renewalFrom()));
    }
}
