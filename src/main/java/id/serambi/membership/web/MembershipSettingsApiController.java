package id.serambi.membership.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.membership.ChangeMembershipSettings;
import id.serambi.membership.MembershipSettingsView;
import id.serambi.membership.Memberships;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}/membership-settings")
@Tag(name = "Members", description = "The library's member number pattern and renewal rule")
class MembershipSettingsApiController {

    private final Memberships memberships;

    MembershipSettingsApiController(Memberships memberships) {
        this.memberships = memberships;
    }

    record SettingsBody(String numberPattern, String renewalFrom) {

        static SettingsBody of(MembershipSettingsView settings) {
            return new SettingsBody(settings.numberPattern(), settings.renewalFrom());
        }
    }

    @GetMapping
    @Operation(summary = "The member number pattern ({YYYY}, {YY}, {SEQ:n}) and where renewals start")
    SettingsBody get(Library library) {
        return SettingsBody.of(memberships.settings(library));
    }

    @PutMapping
    @PreAuthorize("hasRole('KEPALA')")
    @Operation(summary = "Change them (head of agency, administrator); issued numbers never change")
    SettingsBody change(Library library, @RequestBody SettingsBody body) {
        return SettingsBody.of(memberships.changeSettings(library,
                new ChangeMembershipSettings(body.numberPattern(), body.renewalFrom())));
    }
}
