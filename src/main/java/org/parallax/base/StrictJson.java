package org.parallax.base;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON is read as sent or refused, never guessed at: unknown fields, a number where text belongs (or the
 * other way round), a fraction where a whole number belongs, a date given as a number, and text with
 * U+0000 or half of a surrogate pair (half an emoji) are errors that name the field. Writing is unchanged.
 */
@Configuration
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictReading() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Lenient dates take a number as days since 1970 ("startDate": 20240101 became year 57385).
                .defaultLeniency(false)
                .addModule(new SimpleModule("parallax-strict-text").addDeserializer(String.class, new StrictText()));
    }

    /** Text only from JSON strings, and only text PostgreSQL can store and a quote can be cut from. */
    static final class StrictText extends StdScalarDeserializer<String> {

        StrictText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            String problem = Texts.unstorable(text);
            if (problem != null) {
                throw context.weirdStringException(text, String.class, problem);
            }
            return text;
        }
    }
}
