package org.parallax.base;

import org.springframework.dao.OptimisticLockingFailureException;

/** The conflict a save on an outdated version gets: the same clear words everywhere. */
public final class StaleData {

    private StaleData() {}

    /** @param what the thing, as a person names it: "The meeting “Hanoi summit”" */
    public static OptimisticLockingFailureException of(String what) {
        return new OptimisticLockingFailureException(what + " was changed by someone else in the meantime. "
                + "Reload it to see the current version; nothing was overwritten.");
    }
}
