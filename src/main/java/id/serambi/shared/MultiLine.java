package id.serambi.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that may hold tabs, line breaks and invisible joiners (a complaint, an address, a note); every other
 * text field coming in through JSON, a form or a request parameter must be one line (see {@link PlainText}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {
}
