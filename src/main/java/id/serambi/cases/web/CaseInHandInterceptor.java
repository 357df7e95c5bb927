package id.serambi.cases.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import id.serambi.cases.CaseDesk;
import id.serambi.cases.internal.CaseInHand;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any staff call of a library that carries {@code caseId} (a query parameter or a form field) does its work with
 * that case in hand: registration, verification, the card's printing, lamination and hand-over, a guest-book entry,
 * an internet session and a complaint then record their steps on the case (and the member, session or complaint
 * joins it). An unknown case is refused (404) and a closed one too (409), before anything is written.
 */
@Component
class CaseInHandInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "caseId";

    private final CaseDesk desk;
    private final LibraryService libraries;

    CaseInHandInterceptor(CaseDesk desk, LibraryService libraries) {
        this.desk = desk;
        this.libraries = libraries;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String value = request.getParameter(PARAMETER);
        if (value == null || value.isBlank() || "GET".equals(request.getMethod())) {
            return true;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String code = variables instanceof Map<?, ?> map && map.get("lib") instanceof String lib ? lib : null;
        if (code == null) {
            return true;
        }
        UUID caseId;
        try {
            caseId = UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(PARAMETER, "case.error.caseId");
        }
        Library library = libraries.requireForStaff(code);
        desk.requireOpen(library, caseId);
        CaseInHand.hold(library.id(), caseId);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        CaseInHand.release();
    }
}
