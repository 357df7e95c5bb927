package id.serambi.membership;

import java.util.Optional;

import id.serambi.libraries.Library;

/**
 * The card step a member is waiting for, answered by the module that prints cards (which depends on membership, so
 * membership's member page asks through this interface, never the other way round).
 */
public interface MemberCardSteps {

    /** The member's next card step under the library's published procedure; empty when none is due. */
    Optional<CardStep> next(Library library, MemberView member);
}
