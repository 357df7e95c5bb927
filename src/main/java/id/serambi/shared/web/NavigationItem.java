package id.serambi.shared.web;

import id.serambi.shared.security.Role;

/**
 * An entry of the staff navigation, contributed by the module that owns the page.
 *
 * @param messageKey label, from the message bundles
 * @param pathTemplate link, where {@code {lib}} stands for the current library's code
 * @param role the least role that sees it
 * @param order position from left to right
 */
public record NavigationItem(String messageKey, String pathTemplate, Role role, int order) {

    public String pathFor(String libraryCode) {
        return pathTemplate.replace("{lib}", libraryCode);
    }
}
