package id.serambi.libraries;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Library} controller parameter that anyone may resolve. Without it, a {@code Library} parameter is
 * resolved from the {@code {lib}} path variable for the library's own staff only (404 unknown, 403 other library).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicLibrary {
}
