package id.serambi.cases;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import id.serambi.cases.internal.CaseFiles;
import id.serambi.libraries.Library;

/**
 * The printed queue ticket and the questionnaire token it carries: a random token (128 bits) stored on the case when
 * its ticket is first printed, so the questionnaire can be answered once for this case and only by its holder.
 */
@Service
@Transactional(readOnly = true)
public class CaseTickets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseFiles files;
    private final CaseDesk desk;
    /** The public address the ticket's QR code leads to; never the Host a request claims. */
    private final String baseUrl;

    CaseTickets(CaseFiles files, CaseDesk desk, @Value("${serambi.base-url:http://localhost:8080}") String baseUrl) {
        this.files = files;
        this.desk = desk;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A case the questionnaire token belongs to, with the code of its service. */
    public record SurveyCase(UUID caseId, String serviceCode) {
    }

    /** The ticket of the case (404 for an unknown case); its questionnaire token is made now if it has none. */
    @Transactional
    public QueueTicket ticket(Library library, UUID caseId) {
        CaseFiles.Head head = files.find(library.id(), caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        CaseView view = desk.get(library, caseId);
        String token = files.surveyToken(library.id(), caseId, newToken());
        String url = UriComponentsBuilder.fromUriString(baseUrl).path("/l/{lib}/survei").queryParam("kasus", token)
                .buildAndExpand(library.code()).encode().toUriString();
        return new QueueTicket(caseId, library.name(), view.serviceName(), view.queueNumber(),
                view.openedAt().atZone(library.timezone()), files.waitingBefore(library.id(), head), url);
    }

    /** The case whose ticket carries the token, if any. */
    public Optional<SurveyCase> surveyCase(Library library, String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return files.bySurveyToken(library.id(), token)
                .map(id -> new SurveyCase(id, desk.get(library, id).service()));
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
