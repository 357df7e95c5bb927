package id.serambi.libraries.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryAdministration;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.MemberCategory;
import id.serambi.libraries.PublicLibrary;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries")
@Tag(name = "Libraries", description = "Libraries and their published service standards (public)")
class LibraryApiController {

    private final LibraryService libraries;
    private final Messages messages;
    private final RegionDirectory regions;
    private final LibraryAdministration administration;

    LibraryApiController(LibraryService libraries, Messages messages, RegionDirectory regions,
            LibraryAdministration administration) {
        this.libraries = libraries;
        this.administration = administration;
        this.messages = messages;
        this.regions = regions;
    }

    record LibrarySummary(String code, String name, String timezone, String agency, String website) {
    }

    @GetMapping
    @Operation(summary = "Libraries of this deployment")
    List<LibrarySummary> libraries() {
        return libraries.all().stream()
                .map(l -> new LibrarySummary(l.code(), l.name(), l.timezone().getId(), l.agency(), l.website()))
                .toList();
    }

    @GetMapping("/{lib}/service-standards")
    @Operation(summary = "The library's published service standards, step by step with standard times")
    ServiceStandardsResponse standards(@PublicLibrary Library library) {
        List<String> warnings = libraries.warnings(library).stream()
                .map(w -> messages.get(w.messageKey(), w.args())).toList();
        return ServiceStandardsResponse.of(library, libraries.hours(library.id()),
                libraries.standards(library.id()), administration.standardChanges(library.id()), warnings);
    }

    @GetMapping("/{lib}/member-categories")
    @Operation(summary = "Patron categories with the documents each requires")
    List<MemberCategoryResponse> categories(@PublicLibrary Library library) {
        return libraries.categories(library.id()).stream().filter(MemberCategory::active)
                .map(category -> MemberCategoryResponse.of(category, messages, regions)).toList();
    }
}
