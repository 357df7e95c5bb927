package id.serambi.membership.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.MemberCategory;
import id.serambi.membership.MemberNotFoundException;

/** Finds the member a use case works on (locked for the change) and the things around it. */
@Component
public class MemberLookup {

    private final MemberRepository members;
    private final LibraryService libraries;
    private final Clock clock;

    MemberLookup(MemberRepository members, LibraryService libraries, Clock clock) {
        this.members = members;
        this.libraries = libraries;
        this.clock = clock;
    }

    public MemberRecord lock(Library library, String memberNumber) {
        return members.lock(library.id(), memberNumber)
                .orElseThrow(() -> MemberNotFoundException.forNumber(memberNumber));
    }

    public MemberCategory category(Library library, String code) {
        return libraries.categories(library.id()).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow();
    }

    public LocalDate today(Library library) {
        return LocalDate.now(clock.withZone(library.timezone()));
    }

    public Clock clock() {
        return clock;
    }
}
