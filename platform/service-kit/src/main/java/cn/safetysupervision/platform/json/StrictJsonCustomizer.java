package cn.safetysupervision.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Request bodies are read strictly: unknown fields, a string where a number belongs (or the reverse), a number
 * for an enum, null for a primitive and trailing garbage are all 400s rather than silent guesses.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(strictTextAndTime());
    }

    /**
     * Dates and timestamps only as ISO 8601 strings ({@code "licenceIssuedOn": 12345} was read as an epoch day), and
     * no control characters in any string (NUL reached PostgreSQL, which refuses it with a 500).
     */
    static SimpleModule strictTextAndTime() {
        SimpleModule module = new SimpleModule("strict-text-and-time");
        module.addDeserializer(String.class, new NoControlCharacters());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription description,
                                                                    JsonDeserializer<?> deserializer) {
                return new BoundedCollection<>(deserializer, type.getRawClass());
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type.getPackageName().equals("java.time") ? new StringsOnly<>(deserializer, type) : deserializer;
            }
        });
        return module;
    }

    /** Whether text holds a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    static final class NoControlCharacters extends StdScalarDeserializer<String> {
        NoControlCharacters() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && hasControlCharacter(value)) {
                throw InvalidFormatException.from(p, "control characters are not allowed", "(not shown)", String.class);
            }
            return value;
        }
    }

    /** More elements than any request of this suite lists; 20,000 made Bean Validation spin for a minute. */
    public static final int MAX_ELEMENTS = 1000;

    /** Wraps another deserializer and checks what it reads; keeps it contextual and resolvable. */
    abstract static class Checked<T> extends StdDeserializer<T> implements ContextualDeserializer, ResolvableDeserializer {
        final JsonDeserializer<T> delegate;

        @SuppressWarnings("unchecked")
        Checked(JsonDeserializer<?> delegate, Class<?> type) {
            super(type);
            this.delegate = (JsonDeserializer<T>) delegate;
        }

        abstract Checked<T> around(JsonDeserializer<?> contextual);

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c
                    ? c.createContextual(ctxt, property) : delegate;
            return contextual == delegate ? this : around(contextual);
        }

        @Override
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            if (delegate instanceof ResolvableDeserializer r) {
                r.resolve(ctxt);
            }
        }
    }

    static final class BoundedCollection<T> extends Checked<T> {
        BoundedCollection(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate, type);
        }

        @Override
        Checked<T> around(JsonDeserializer<?> contextual) {
            return new BoundedCollection<>(contextual, handledType());
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = delegate.deserialize(p, ctxt);
            if (value instanceof java.util.Collection<?> c && c.size() > MAX_ELEMENTS) {
                return (T) ctxt.handleWeirdStringValue(handledType(), "(" + c.size() + " elements)",
                        "at most %d elements", MAX_ELEMENTS);
            }
            return value;
        }
    }

    static final class StringsOnly<T> extends Checked<T> {
        StringsOnly(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate, type);
        }

        @Override
        Checked<T> around(JsonDeserializer<?> contextual) {
            return new StringsOnly<>(contextual, handledType());
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p.currentToken(), p,
                        "expected an ISO 8601 string for %s", handledType().getSimpleName());
            }
            return delegate.deserialize(p, ctxt);
        }
    }
}
