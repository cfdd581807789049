package org.parallax.base;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;

/** What the database said when it refused a row: the rule (constraint) it named, for a message to people. */
public final class DatabaseRefusal {

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

    private DatabaseRefusal() {}

    /** The database's own words. */
    public static String message(DataIntegrityViolationException e) {
        String message = e.getMostSpecificCause().getMessage();
        return message == null ? "" : message;
    }

    /** The name of the constraint the row broke, when the database named one. */
    public static Optional<String> constraint(DataIntegrityViolationException e) {
        var named = CONSTRAINT.matcher(message(e));
        return named.find() ? Optional.of(named.group(1)) : Optional.empty();
    }
}
