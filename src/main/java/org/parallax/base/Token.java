package org.parallax.base;

import java.util.Locale;

/**
 * An enum's one spelling outside Java: in JSON, CSV, the API's choices and the screens' CSS classes, the
 * constant's name in lower case ({@code PARTLY_CONTRADICTS} → {@code partly_contradicts}).
 */
public interface Token {

    String name();

    default String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
