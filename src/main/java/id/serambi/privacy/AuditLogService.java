package id.serambi.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.accounts.AccountService;
import id.serambi.accounts.StaffAccount;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberErasure;
import id.serambi.privacy.internal.ActionLog;

/**
 * The personal-data audit log: every full view of a NIK (membership) and every privacy action, newest first,
 * filtered by member number and by staff username, paged or exported whole.
 */
@Service
@Transactional(readOnly = true)
public class AuditLogService {

    public static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = 200;
    static final int MAX_EXPORT = 20_000;

    private final MemberErasure membership;
    private final ActionLog actions;
    private final AccountService accounts;

    AuditLogService(MemberErasure membership, ActionLog actions, AccountService accounts) {
        this.membership = membership;
        this.actions = actions;
        this.accounts = accounts;
    }

    /** One line of the log. */
    public record Entry(Instant at, String memberNumber, String action, String detail, String staffUsername,
            String staffName) {
    }

    /** One page of the log and how many lines match in all. */
    public record Page(List<Entry> entries, int page, int size, long total) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    public Page page(Library library, String memberNumber, String staffUsername, int page) {
        int p = Math.clamp(page, 0, MAX_PAGE);
        Filter filter = filter(memberNumber, staffUsername);
        List<Entry> merged = merged(library, filter, (p + 1) * PAGE_SIZE);
        List<Entry> slice = merged.stream().skip((long) p * PAGE_SIZE).limit(PAGE_SIZE).toList();
        long total = filter.noSuchStaff ? 0
                : membership.countDisclosures(library.id(), filter.memberNumber, filter.staffId)
                        + actions.count(library.id(), filter.memberNumber, filter.staffId);
        return new Page(slice, p, PAGE_SIZE, total);
    }

    public List<Entry> export(Library library, String memberNumber, String staffUsername) {
        return merged(library, filter(memberNumber, staffUsername), MAX_EXPORT);
    }

    private List<Entry> merged(Library library, Filter filter, int limit) {
        if (filter.noSuchStaff) {
            return List.of();
        }
        List<Entry> all = new ArrayList<>();
        membership.disclosures(library.id(), filter.memberNumber, filter.staffId, limit).forEach(d -> all.add(
                new Entry(d.at(), d.memberNumber(), "NIK_VIEWED", d.reason(), d.staffUsername(), d.staffName())));
        actions.entries(library.id(), filter.memberNumber, filter.staffId, limit).forEach(e -> all.add(
                new Entry(e.action().at(), e.action().memberNumber(), e.action().action(), e.action().detail(),
                        e.staffUsername(), e.action().staffName())));
        all.sort(Comparator.comparing(Entry::at).reversed());
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    private Filter filter(String memberNumber, String staffUsername) {
        String number = RequestForm.blankToNull(memberNumber);
        String username = RequestForm.blankToNull(staffUsername);
        if (username == null) {
            return new Filter(number, null, false);
        }
        Long id = accounts.allStaff().stream().filter(a -> a.username().equalsIgnoreCase(username))
                .map(StaffAccount::id).findFirst().orElse(null);
        return new Filter(number, id, id == null);
    }

    private record Filter(String memberNumber, Long staffId, boolean noSuchStaff) {
    }
}
