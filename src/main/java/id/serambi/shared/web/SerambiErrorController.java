package id.serambi.shared.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import id.serambi.shared.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors that never reached a controller (unknown path, wrong method, filters): problem details under
 * {@code /api}, the friendly error page elsewhere.
 */
@Controller
public class SerambiErrorController implements ErrorController {

    private final Problems problems;
    private final Messages messages;
    private final View problemView;

    public SerambiErrorController(Problems problems, Messages messages, ProblemJsonView problemView) {
        this.problems = problems;
        this.messages = messages;
        this.problemView = problemView;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatusCode status = statusOf(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && path.startsWith("/api/")) {
            ModelAndView json = new ModelAndView(problemView);
            json.setStatus(status);
            json.addObject(ProblemJsonView.PROBLEM, problems.of(status, path).getBody());
            return json;
        }
        return PageErrorHandler.errorPage(status, messages.get("problem.title." + status.value()),
                messages.get("problem.detail." + status.value()));
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
