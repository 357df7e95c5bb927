package id.serambi.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;

/** Gives every page the navigation its viewer may use and the current path for the language switch. */
@ControllerAdvice(annotations = Controller.class)
public class NavigationAdvice {

    private final List<NavigationItem> items;

    public NavigationAdvice(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute
    void addNavigation(org.springframework.ui.Model model, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return; // the API renders no page (a @RestController is a @Controller too)
        }
        model.addAllAttributes(attributes(request));
    }

    /**
     * The page's navigation, signed-in viewer and path. Also for the error pages of {@link PageErrorHandler}, which
     * Spring renders without the model attributes above.
     */
    Map<String, Object> attributes(HttpServletRequest request) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("currentPath", request.getRequestURI());
        StaffPrincipal staff = CurrentStaff.get().orElse(null);
        if (staff == null) {
            return model;
        }
        model.put("staff", staff);
        String library = libraryCode(request, staff);
        if (library != null) {
            model.put("navLibrary", library);
            model.put("navigation", items.stream()
                    .filter(item -> allows(staff, item.role()))
                    .map(item -> new Link(item.messageKey(), item.pathFor(library)))
                    .toList());
        }
        return model;
    }

    private static String libraryCode(HttpServletRequest request, StaffPrincipal staff) {
        Object variables = request.getAttribute(
                org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("lib") instanceof String lib) {
            return lib;
        }
        return staff.libraryCode();
    }

    static boolean allows(StaffPrincipal staff, Role least) {
        return staff.holds(least);
    }

    /** A navigation link ready for the template. */
    public record Link(String messageKey, String href) {
    }
}
