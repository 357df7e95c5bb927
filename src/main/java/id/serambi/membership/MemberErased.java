package id.serambi.membership;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import id.serambi.libraries.LibraryId;

/**
 * A member's personal data was erased (UU PDP): every module forgets what it holds of the member, by number and,
 * where it kept no number (a complaint, a refused import row), by the values the member was known by.
 * <p>
 * Published inside the erasing transaction and meant for plain {@code @EventListener}s only, which forget in that
 * same transaction: an erasure is all or nothing (a module that cannot forget stops it, and the request stays open),
 * and an after-commit listener would have the event, with the values it names, serialised into the event
 * publication table.
 *
 * @param library the library
 * @param memberNumber the erased member's number (it stays, blocked for good)
 * @param formerName the name the member had
 * @param formerContacts the phone (E.164 and as dialled at home, {@code 08…}) and e-mail the member had
 * @param formerNik the NIK the member had, or null where it could not be read
 * @param at when it was erased
 */
public record MemberErased(LibraryId library, String memberNumber, String formerName, List<String> formerContacts,
        String formerNik, Instant at) {

    /** The name an erased member is kept under, in membership and in every copy of the member's name. */
    public static final String ERASED_NAME = "[dihapus]";

    public MemberErased {
        formerContacts = formerContacts.stream().filter(Objects::nonNull).toList();
    }

    /** Everything the member was known by, for matching text a module kept without the member's number. */
    public List<String> formerValues() {
        java.util.ArrayList<String> values = new java.util.ArrayList<>(formerContacts);
        if (formerName != null) {
            values.add(formerName);
        }
        if (formerNik != null) {
            values.add(formerNik);
        }
        return List.copyOf(values);
    }
}
