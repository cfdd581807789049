package org.parallax.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The API's spelling of a choice: an enum constant in lower case ({@code partly_contradicts}); upper case,
 * hyphens and spaces are understood too. An unknown value is refused with the field's name and the choices.
 */
final class Choices {

    private Choices() {}

    static <E extends Enum<E>> E of(Class<E> type, String field, String value) {
        String name = value == null
                ? ""
                : value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(field + " is one of "
                + Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))
                + ".");
    }

    /** As {@link #of}, with null or blank meaning "not given". */
    static <E extends Enum<E>> E optional(Class<E> type, String field, String value) {
        return value == null || value.isBlank() ? null : of(type, field, value);
    }
}
