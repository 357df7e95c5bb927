package id.serambi.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import id.serambi.shared.MultiLine;
import jakarta.servlet.http.HttpServletRequest;

/** Which of a request's text fields are {@link MultiLine}: a form's fields (nested forms too) or a parameter. */
final class TextFields {

    private static final Map<Class<?>, List<String>> PATHS = new ConcurrentHashMap<>();
    private static final int DEPTH = 3;

    private TextFields() {
    }

    /** Property paths of the form's multi-line fields, {@code steps.description} standing for every step's. */
    static List<String> multiLinePaths(Class<?> form) {
        return PATHS.computeIfAbsent(form, type -> {
            List<String> paths = new ArrayList<>();
            collect(type, "", paths, DEPTH);
            return List.copyOf(paths);
        });
    }

    /** Whether the handling method's request parameter of that name is marked multi-line. */
    static boolean multiLineParameter(HttpServletRequest request, String name) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return false;
        }
        Method method = handler.getMethod();
        for (Parameter parameter : method.getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            String given = param == null ? "" : param.name().isEmpty() ? param.value() : param.name();
            String named = given.isEmpty() ? parameter.getName() : given;
            if (named.equals(name) && parameter.isAnnotationPresent(MultiLine.class)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Class<?> type, String prefix, List<String> paths, int depth) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                if (field.isAnnotationPresent(MultiLine.class)) {
                    paths.add(prefix + field.getName());
                } else if (depth > 0) {
                    Class<?> nested = formType(field);
                    if (nested != null) {
                        collect(nested, prefix + field.getName() + ".", paths, depth - 1);
                    }
                }
            }
        }
    }

    /** The field's own form type, or that of its elements; null for anything that is not one of Serambi's. */
    private static Class<?> formType(Field field) {
        Class<?> type = field.getType();
        if (Collection.class.isAssignableFrom(type)
                && field.getGenericType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            type = element instanceof Class<?> c ? c : null;
        } else if (type.isArray()) {
            type = type.getComponentType();
        }
        return type != null && !type.isEnum() && !type.isPrimitive() && type.getPackageName().startsWith("id.serambi")
                ? type : null;
    }
}
