package id.serambi.accounts.web;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.serambi.accounts.internal.SignInThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (request.getParameter("error") != null) {
            HttpSession session = request.getSession(false);
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            // an unknown name, a wrong password, a locked and a disabled account read alike (no hint which names exist)
            model.addAttribute("loginError", failure instanceof SignInThrottledException ? "error.login.throttled"
                    : "error.login.failed");
        }
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        return "auth/login";
    }
}
