package id.serambi.shared.web;

import java.util.List;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import id.serambi.shared.DomainException;
import id.serambi.shared.RefusedTextException;
import id.serambi.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;

/** Errors on pages become a friendly page in the user's language with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    private final Messages messages;
    private final NavigationAdvice navigation;

    public PageErrorHandler(Messages messages, NavigationAdvice navigation) {
        this.messages = messages;
        this.navigation = navigation;
    }

    /** A refusal; a refused field's own message too (a page without a form to show it beside its field). */
    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest request) {
        ModelAndView page = page(e.status(), messages.get(e.messageKey(), e.args()), request);
        page.addObject("problems", e.fieldProblems().stream()
                .map(problem -> messages.get(problem.messageKey(), problem.args())).toList());
        return page;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(HttpServletRequest request) {
        return page(HttpStatus.FORBIDDEN, messages.get("error.forbiddenRole"), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return page(HttpStatus.CONTENT_TOO_LARGE, messages.get("problem.detail.413"), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ModelAndView page = page(HttpStatus.BAD_REQUEST, messages.get("problem.detail.400"), request);
        if (e.getRootCause() instanceof RefusedTextException refused) {
            page.addObject("problems", List.of(e.getName() + ": " + messages.get(refused.messageKey())));
        }
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            return page(framework.getStatusCode(),
                    messages.get("problem.detail." + framework.getStatusCode().value()), request);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {} on {} {}", incident, request.getMethod(), PageErrorHandler.originalPath(request), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected", incident), request);
    }

    /** The path the client asked for, also while the error page is shown for it (its own path is /error). */
    static String originalPath(HttpServletRequest request) {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String path ? path : request.getRequestURI();
    }

    static ModelAndView errorPage(HttpStatusCode status, String title, String detail) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        return page;
    }

    /** The error page inside the usual frame: the signed-in viewer keeps the navigation and the sign-out button. */
    private ModelAndView page(HttpStatusCode status, String detail, HttpServletRequest request) {
        ModelAndView page = errorPage(status, messages.get("problem.title." + status.value()), detail);
        page.addAllObjects(navigation.attributes(request));
        return page;
    }
}
