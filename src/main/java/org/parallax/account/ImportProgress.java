package org.parallax.account;

/** Told how far an import has got, so a screen can show it. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (fraction, stage) -> {};

    /** @param fraction 0 to 1 */
    void report(double fraction, String stage);
}
