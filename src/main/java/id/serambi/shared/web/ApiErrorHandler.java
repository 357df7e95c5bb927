package id.serambi.shared.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import id.serambi.shared.DomainException;
import id.serambi.shared.Messages;
import id.serambi.shared.ProblemCodes;
import id.serambi.shared.RefusedTextException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

/** Every error from a JSON API controller becomes problem details; bad input is a 4xx, never a 500. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final Problems problems;
    private final Messages messages;

    public ApiErrorHandler(Problems problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        return problems.of(e, request.getRequestURI());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(error -> problems.fieldError(error.getField(), messages.get(error)))
                .toList();
        return validationFailed(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> problems.fieldError(result.getMethodParameter().getParameterName(),
                                messages.get(error))))
                .toList();
        return validationFailed(errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = e.getMostSpecificCause() instanceof JacksonException jackson ? fieldPath(jackson) : "";
        if (e.getMostSpecificCause() instanceof TextInputConfiguration.RefusedJsonText refused) {
            return validationFailed(List.of(problems.fieldError(field, messages.get(refused.messageKey()))), request);
        }
        List<Map<String, String>> errors = field.isEmpty() ? List.of()
                : List.of(problems.fieldError(field, messages.get("error.field.unreadable")));
        return problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                messages.get("error.malformedBody"), errors, request.getRequestURI());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String key = e.getRootCause() instanceof RefusedTextException refused ? refused.messageKey()
                : "error.field.unreadable";
        return validationFailed(List.of(problems.fieldError(e.getName(), messages.get(key))), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return validationFailed(List.of(problems.fieldError(e.getParameterName(), messages.get("validation.required"))),
                request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return problems.of(HttpStatus.CONTENT_TOO_LARGE, request.getRequestURI());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        return problems.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, messages.get("error.forbiddenRole"),
                List.of(), request.getRequestURI());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(HttpServletRequest request) {
        return problems.of(HttpStatus.UNAUTHORIZED, request.getRequestURI());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            return problems.of(framework.getStatusCode(), request.getRequestURI());
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {} on {} {}", incident, request.getMethod(), PageErrorHandler.originalPath(request), e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR,
                messages.get("error.unexpected", incident), List.of(), request.getRequestURI());
    }

    private ResponseEntity<ProblemDetail> validationFailed(List<Map<String, String>> errors,
            HttpServletRequest request) {
        return problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, messages.get("error.validation"),
                errors, request.getRequestURI());
    }

    private static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
