package id.serambi.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.Messages;
import id.serambi.shared.ProblemCodes;

/** Writes RFC 9457 problem details with a stable {@code code}, localized texts and field errors. */
@Component
public class Problems {

    private final Messages messages;

    public Problems(Messages messages) {
        this.messages = messages;
    }

    public ResponseEntity<ProblemDetail> of(DomainException e, String path) {
        List<Map<String, String>> errors = e.fieldProblems().stream().map(this::fieldError).toList();
        return build(e.status(), e.code(), messages.get(e.messageKey(), e.args()), errors, path);
    }

    public ResponseEntity<ProblemDetail> of(HttpStatusCode status, String code, String detail,
            List<Map<String, String>> errors, String path) {
        return build(status, code, detail, errors, path);
    }

    public ResponseEntity<ProblemDetail> of(HttpStatusCode status, String path) {
        return build(status, codeFor(status), messages.get("problem.detail." + status.value()), List.of(), path);
    }

    public Map<String, String> fieldError(FieldProblem problem) {
        return Map.of("field", problem.field(), "message", messages.get(problem.messageKey(), problem.args()));
    }

    public Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    public String title(HttpStatusCode status) {
        return messages.get("problem.title." + status.value());
    }

    static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemCodes.MALFORMED_REQUEST;
            case 401 -> ProblemCodes.UNAUTHENTICATED;
            case 403 -> ProblemCodes.FORBIDDEN;
            case 404 -> ProblemCodes.NOT_FOUND;
            case 405 -> ProblemCodes.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCodes.NOT_ACCEPTABLE;
            case 413 -> ProblemCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCodes.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemCodes.RATE_LIMITED;
            default -> status.is5xxServerError() ? ProblemCodes.INTERNAL_ERROR : "HTTP_" + status.value();
        };
    }

    private ResponseEntity<ProblemDetail> build(HttpStatusCode status, String code, String detail,
            List<Map<String, String>> errors, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status));
        if (path != null) {
            problem.setInstance(URI.create(path.replace(" ", "%20")));
        }
        problem.setProperty("code", code);
        if (!errors.isEmpty() || status.value() == HttpStatus.BAD_REQUEST.value()
                || status.value() == HttpStatus.UNPROCESSABLE_CONTENT.value()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
