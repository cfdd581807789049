package org.parallax.agreement;

import java.time.OffsetDateTime;

/**
 * A settled agreement round as the meeting report shows it: who paired, how far they agreed (Cohen's
 * kappa, NaN when undefined) and how the editor settled the differences.
 */
public record RoundSummary(
        long roundId,
        int number,
        String firstReviewer,
        String secondReviewer,
        OffsetDateTime settledAt,
        int couples,
        int agreed,
        double kappa,
        int keptFirst,
        int keptSecond,
        int keptNeither) {}
