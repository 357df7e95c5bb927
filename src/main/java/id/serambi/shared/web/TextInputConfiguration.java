package id.serambi.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import id.serambi.shared.MultiLine;
import id.serambi.shared.PlainText;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text that {@link PlainText} refuses is refused where it comes in, field by field (400): in JSON bodies and in
 * request parameters and forms. Fields are one line unless marked {@link MultiLine} (a form's or a JSON record's
 * field, or a request parameter).
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
public class TextInputConfiguration {

    @Bean
    JacksonModule plainTextInJson() {
        return new SimpleModule("serambi-plain-text").addDeserializer(String.class, new PlainTextDeserializer(false));
    }

    @InitBinder
    void plainTextInParameters(WebDataBinder binder, HttpServletRequest request) {
        // A form's binder is made before its object (constructor binding), so its type may be all there is.
        Class<?> form = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        boolean multiLine = form == null && TextFields.multiLineParameter(request, binder.getObjectName());
        binder.registerCustomEditor(String.class, new PlainTextEditor(multiLine));
        if (form != null) {
            for (String path : TextFields.multiLinePaths(form)) {
                binder.registerCustomEditor(String.class, path, new PlainTextEditor(true));
            }
        }
        binder.setBindingErrorProcessor(new RefusedTextErrors());
    }

    /** A text refused in a JSON body; it keeps the message key so that the answer says why. */
    public static final class RefusedJsonText extends MismatchedInputException {

        private final String messageKey;

        RefusedJsonText(JsonParser parser, String messageKey) {
            super(parser, "text refused: " + messageKey, String.class);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final class PlainTextDeserializer extends StringDeserializer {

        private final boolean multiLine;

        PlainTextDeserializer(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean annotated = property != null && property.getAnnotation(MultiLine.class) != null;
            return annotated == multiLine ? this : new PlainTextDeserializer(annotated);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            String refusal = PlainText.refusal(text, multiLine);
            if (refusal != null) {
                throw new RefusedJsonText(parser, refusal);
            }
            return text;
        }
    }

    private static final class PlainTextEditor extends PropertyEditorSupport {

        private final boolean multiLine;

        PlainTextEditor(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public void setAsText(String text) {
            setValue(PlainText.require(text, multiLine));
        }
    }
}
