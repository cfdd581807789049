package org.parallax.pairing;

import java.util.Locale;

/** How a claim is highlighted in the comparison: not yet paired, paired, in an approved pair, or without counterpart. */
public enum HighlightState {
    UNPAIRED,
    PAIRED,
    APPROVED,
    NO_COUNTERPART;

    /** "no_counterpart": the one spelling in the browser's rows and CSS classes ({@code state-no_counterpart}). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean paired() {
        return this == PAIRED || this == APPROVED;
    }
}
