package id.serambi.accounts.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.accounts.AccountService;
import id.serambi.accounts.NewStaff;
import id.serambi.accounts.StaffAccount;
import id.serambi.accounts.StaffNotFoundException;
import id.serambi.libraries.Library;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}/staff")
@Tag(name = "Staff", description = "Staff accounts of a library")
class StaffApiController {

    private final AccountService accounts;

    StaffApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    record CreateStaffRequest(String username, String password, String fullName, Set<Role> roles) {
    }

    record StaffResponse(long id, String username, String fullName, String library, Set<Role> roles,
            boolean enabled, Instant lockedUntil, Instant unlockedAt, String unlockedBy) {

        static StaffResponse of(StaffAccount account, Library library) {
            return new StaffResponse(account.id(), account.username(), account.fullName(), library.code(),
                    account.roles(), account.enabled(), account.lockedUntil(), account.unlockedAt(),
                    account.unlockedBy());
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Open a staff account in the library (administrator)")
    ResponseEntity<StaffResponse> create(Library library, @RequestBody CreateStaffRequest request) {
        StaffAccount account = accounts.createStaff(library,
                new NewStaff(request.username(), request.password(), request.fullName(), request.roles()));
        return ResponseEntity.created(URI.create("/api/v1/libraries/" + library.code() + "/staff/" + account.id()))
                .body(StaffResponse.of(account, library));
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Lift the account-wide lock after many failed sign-ins (administrator; who and when are kept)")
    StaffResponse unlock(Library library, @PathVariable long id) {
        StaffAccount account = accounts.get(id);
        if (account.libraryId() == null || account.libraryId() != library.idValue()) {
            throw StaffNotFoundException.forId(id);
        }
        return StaffResponse.of(accounts.unlock(id, CurrentStaff.get().map(StaffPrincipal::getUsername)
                .orElse("?")), library);
    }

    @GetMapping
    @PreAuthorize("hasRole('KEPALA')")
    @Operation(summary = "Staff accounts of the library (head of agency, administrator)")
    List<StaffResponse> list(Library library) {
        return accounts.staffOf(library.id()).stream().map(account -> StaffResponse.of(account, library)).toList();
    }
}
