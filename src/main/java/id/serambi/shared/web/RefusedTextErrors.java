package id.serambi.shared.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

import id.serambi.shared.RefusedTextException;

/** A form field refused by {@link id.serambi.shared.PlainText} says why (one line, no control characters). */
final class RefusedTextErrors extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
        if (e.getRootCause() instanceof RefusedTextException refused) {
            result.addError(new FieldError(result.getObjectName(), e.getPropertyName(), e.getValue(), true,
                    new String[] {refused.messageKey()}, null, refused.messageKey()));
            return;
        }
        super.processPropertyAccessException(e, result);
    }
}
