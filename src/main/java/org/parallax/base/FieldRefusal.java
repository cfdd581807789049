package org.parallax.base;

import java.util.function.Supplier;

/**
 * A value refused for one field of a form or request ("title", "rationale", "evidence.2.url"), so a screen
 * shows the message at that field and the API names it. The message reads the same wherever it shows.
 */
public class FieldRefusal extends IllegalArgumentException {

    private final String field;

    public FieldRefusal(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Runs a check of one field's value, so any refusal it raises names that field. */
    public static <T> T at(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (FieldRefusal named) {
            throw named;
        } catch (IllegalArgumentException refused) {
            throw new FieldRefusal(field, refused.getMessage());
        }
    }

    /** The same, for a check that only refuses. */
    public static void at(String field, Runnable check) {
        at(field, () -> {
            check.run();
            return null;
        });
    }
}
