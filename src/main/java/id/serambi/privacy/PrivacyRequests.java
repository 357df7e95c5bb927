package id.serambi.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.membership.CorrectableField;
import id.serambi.membership.MemberErasure;
import id.serambi.privacy.internal.ActionLog;
import id.serambi.privacy.internal.MemberTokens;
import id.serambi.privacy.internal.RequestRepository;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;

/** Staff's side of personal-data rights: the queue with its 3×24-hour deadlines, and the decisions. */
@Service
@Transactional
public class PrivacyRequests {

    static final int QUEUE_LIMIT = 500;

    private final RequestRepository requests;
    private final MemberErasure membership;
    private final ActionLog log;
    private final MemberTokens tokens;
    private final Clock clock;

    PrivacyRequests(RequestRepository requests, MemberErasure membership, ActionLog log, MemberTokens tokens,
            Clock clock) {
        this.requests = requests;
        this.membership = membership;
        this.log = log;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PrivacyRequest> queue(Library library, boolean openOnly) {
        return requests.queue(library.id(), openOnly, QUEUE_LIMIT);
    }

    @Transactional(readOnly = true)
    public PrivacyRequest get(Library library, long id) {
        return requests.find(library.id(), id).orElseThrow(() -> new PrivacyRequestNotFoundException(id));
    }

    /**
     * Approves ({@code APPROVE}) or refuses ({@code REFUSE}, with a note) an open request. An approved correction
     * changes the member record, an approved erasure anonymises the member, both through membership.
     */
    public PrivacyRequest decide(Library library, long id, String decision, String note) {
        String text = RequestForm.blankToNull(note);
        boolean approve = checkDecision(decision, text);
        PrivacyRequest request = requests.lock(library.id(), id)
                .orElseThrow(() -> new PrivacyRequestNotFoundException(id));
        if (request.status() != PrivacyRequest.Status.OPEN) {
            throw new RequestAlreadyDecidedException(id, request.status());
        }
        if (approve) {
            apply(library, request);
        }
        Instant now = clock.instant();
        Long staff = CurrentStaff.accountIdOrNull();
        PrivacyRequest.Status status = approve ? PrivacyRequest.Status.APPROVED : PrivacyRequest.Status.REFUSED;
        requests.decide(library.id(), id, status, text, staff, now);
        log.add(library.id(), request.memberNumber(), status.name() + "_" + request.kind().name(), "#" + id, staff,
                now);
        return get(library, id);
    }

    private void apply(Library library, PrivacyRequest request) {
        String ref = "#" + request.id();
        switch (request.kind()) {
            case CORRECTION -> membership.correct(library, request.memberNumber(),
                    CorrectableField.valueOf(request.field()), request.proposedValue(), ref);
            case ERASURE -> {
                membership.erase(library, request.memberNumber(), ref);
                requests.forgetText(library.id(), request.memberNumber());
                tokens.revokeAll(library.id(), request.memberNumber());
            }
            case ACCESS -> {
                // The member downloads the copy themselves once signed in; approving records that it was given.
            }
        }
    }

    private static boolean checkDecision(String decision, String note) {
        boolean approve = "APPROVE".equals(decision);
        if (!approve && !"REFUSE".equals(decision)) {
            throw InvalidInputException.of("decision", "privacy.error.decision");
        }
        if (!approve && note == null) {
            throw InvalidInputException.of("note", "privacy.error.noteRequired");
        }
        if (note != null && note.length() > RequestForm.MAX_REASON) {
            throw new InvalidInputException(List.of(FieldProblem.of("note", "validation.tooLong",
                    RequestForm.MAX_REASON)));
        }
        return approve;
    }
}
