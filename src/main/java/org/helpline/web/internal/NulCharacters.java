package org.helpline.web.internal;

import java.beans.PropertyEditorSupport;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Text with the NUL character (U+0000) is refused wherever it comes in. PostgreSQL cannot store it
 * in a text column ("invalid byte sequence for encoding UTF8: 0x00"), so it would fail deep inside a
 * save as a 500, and no text a person writes contains it. JSON strings are checked as they are read
 * ({@link Deserializer}), form fields and parameters as they are bound ({@link Editor}).
 */
final class NulCharacters {

    static final String RULE = "must not contain the NUL character (U+0000)";

    private NulCharacters() {}

    static boolean in(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** Reads JSON strings as Jackson does, and refuses one with a NUL. */
    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = super.deserialize(parser, context);
            if (in(text)) {
                throw new InJson(parser, text);
            }
            return text;
        }
    }

    /** A JSON string with a NUL; Jackson adds the path to the field, the API names it. */
    static final class InJson extends InvalidFormatException {

        InJson(JsonParser parser, String text) {
            super(parser, RULE, text, String.class);
        }
    }

    /** Binds form fields and parameters as text, and refuses one with a NUL. */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (in(text)) {
                throw new InParameter();
            }
            setValue(text);
        }
    }

    /** A form field or parameter with a NUL. */
    static final class InParameter extends IllegalArgumentException {

        InParameter() {
            super(RULE);
        }
    }
}
