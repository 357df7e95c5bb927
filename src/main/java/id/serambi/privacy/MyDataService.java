package id.serambi.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.CardHistory;
import id.serambi.cards.MemberSignIn;
import id.serambi.frontoffice.GuestBookPrivacy;
import id.serambi.internetroom.InternetUsageOfMember;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberErasure;
import id.serambi.membership.MemberStatus;
import id.serambi.privacy.internal.ActionLog;
import id.serambi.privacy.internal.MemberTokens;
import id.serambi.privacy.internal.RequestRepository;

/** The member's side of personal-data rights: signing in, seeing and downloading their data, filing requests. */
@Service
@Transactional
public class MyDataService {

    /** How long a member's token (API) or signed-in session stays valid. */
    public static final Duration TOKEN_LIFE = MemberTokens.LIFE;

    private final MemberSignIn signIn;
    private final MemberErasure membership;
    private final GuestBookPrivacy guestBook;
    private final InternetUsageOfMember internet;
    private final CardHistory cards;
    private final RequestRepository requests;
    private final ActionLog log;
    private final MemberTokens tokens;
    private final RequestForm forms;
    private final Clock clock;

    MyDataService(MemberSignIn signIn, MemberErasure membership, GuestBookPrivacy guestBook,
            InternetUsageOfMember internet, CardHistory cards, RequestRepository requests, ActionLog log,
            MemberTokens tokens, Clock clock) {
        this.signIn = signIn;
        this.membership = membership;
        this.guestBook = guestBook;
        this.internet = internet;
        this.cards = cards;
        this.requests = requests;
        this.log = log;
        this.tokens = tokens;
        this.forms = new RequestForm(membership);
        this.clock = clock;
    }

    /**
     * Sends a one-time code where it can; answers nothing, never telling whether the number exists. Outside a
     * transaction: the code is committed in its own before the SMS or e-mail leaves, holding no connection meanwhile.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void sendCode(Library library, String memberNumber, String channel) {
        signIn.sendCode(library, memberNumber, channel);
    }

    /**
     * Checks the code; answers the member number now signed in (pages keep it in the session). Outside a transaction:
     * the try is counted in its own, which must not wait for a second connection while this one holds the first.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public String signIn(Library library, String memberNumber, String code) {
        return signIn.signIn(library, memberNumber, code);
    }

    /** Checks the code and issues an API bearer token for {@code X-Member-Token}. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public String signInForApi(Library library, String memberNumber, String code) {
        String number = signIn.signIn(library, memberNumber, code);
        return tokens.issue(library.id(), number, clock.instant());
    }

    /** The member signed in with an API token, or 401. */
    @Transactional(readOnly = true)
    public String memberOfToken(Library library, String token) {
        return tokens.memberNumber(library.id(), token, clock.instant())
                .orElseThrow(MemberNotSignedInException::new);
    }

    /** Everything held about the member; each look is itself logged (UU PDP processing history). */
    public MyData data(Library library, String memberNumber, boolean download) {
        requireLive(library, memberNumber);
        Instant now = clock.instant();
        log.add(library.id(), memberNumber, download ? "EXPORTED" : "VIEWED", null, null, now);
        return new MyData(now, library.code(), membership.personalData(library.id(), memberNumber),
                guestBook.visitsOf(library.id(), memberNumber), internet.sessions(library.id(), memberNumber),
                cards.of(library.id(), memberNumber), requests.ofMember(library.id(), memberNumber),
                log.entries(library.id(), memberNumber, null, 200).stream().map(ActionLog.Entry::action).toList());
    }

    /** Files a request; everything is checked before anything is written. */
    public PrivacyRequest file(Library library, String memberNumber, NewRequest request) {
        requireLive(library, memberNumber);
        NewRequest checked = forms.check(request);
        PrivacyRequest.Kind kind = PrivacyRequest.Kind.valueOf(checked.kind());
        if (requests.hasOpen(library.id(), memberNumber, kind)) {
            throw new RequestAlreadyOpenException(kind);
        }
        Instant now = clock.instant();
        long id = requests.insert(library.id(), memberNumber, kind, checked.field(), checked.proposedValue(),
                checked.reason(), now);
        log.add(library.id(), memberNumber, "FILED_" + kind.name(), "#" + id, null, now);
        return requests.find(library.id(), id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<PrivacyRequest> requestsOf(Library library, String memberNumber) {
        return requests.ofMember(library.id(), memberNumber);
    }

    private void requireLive(Library library, String memberNumber) {
        MemberStatus status = membership.personalData(library.id(), memberNumber).member().status();
        if (status == MemberStatus.ERASED) {
            throw new MemberNotSignedInException();
        }
    }
}
