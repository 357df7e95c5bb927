package id.serambi.libraries.web;

import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.PublicLibrary;

/** Resolves the library of a request once, from its {@code {lib}} path variable, before any role check. */
class LibraryArgumentResolver implements HandlerMethodArgumentResolver {

    private final LibraryService libraries;

    LibraryArgumentResolver(LibraryService libraries) {
        this.libraries = libraries;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Library.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        String code = libraryCode(webRequest);
        if (parameter.hasParameterAnnotation(PublicLibrary.class)) {
            return libraries.require(code);
        }
        return libraries.requireForStaff(code);
    }

    private static String libraryCode(NativeWebRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        if (variables instanceof Map<?, ?> map && map.get("lib") instanceof String code) {
            return code;
        }
        throw new IllegalStateException("A Library parameter needs a {lib} path variable");
    }
}
