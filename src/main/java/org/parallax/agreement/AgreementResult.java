package org.parallax.agreement;

import java.util.List;

/**
 * Where two reviewers agree and differ on a meeting. Kappa is over every couple either of them paired,
 * with "not paired" as a label of its own.
 */
public record AgreementResult(
        AgreementRound round, List<CoupleComparison> couples, int agreed, int differing, double kappa) {}
