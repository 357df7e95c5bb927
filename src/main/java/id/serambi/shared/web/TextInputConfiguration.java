package id.serambi.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import id.serambi.shared.PlainText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text holding a NUL character is refused where it comes in, field by field (400), because PostgreSQL cannot store
 * it and the write would otherwise fail as a server error: in JSON bodies and in request parameters and forms.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
public class TextInputConfiguration {

    @Bean
    JacksonModule refuseNulInJson() {
        return new SimpleModule("serambi-plain-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String text = super.deserialize(parser, context);
                if (!PlainText.storable(text)) {
                    throw context.weirdStringException(PlainText.printable(text), String.class,
                            "text must not contain a NUL character");
                }
                return text;
            }
        });
    }

    @InitBinder
    void refuseNulInParameters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(PlainText.requireStorable(text));
            }
        });
    }
}
