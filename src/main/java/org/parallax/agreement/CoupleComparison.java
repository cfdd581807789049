package org.parallax.agreement;

import java.util.Objects;

/**
 * Two claims as each reviewer related them (a relation, or null when they did not pair them) and, where
 * they differ, the editor's settlement ({@code settlement} null while unsettled) and the relation that
 * stands after it ({@code settledRelation} null meaning "no pair").
 */
public record CoupleComparison(
        long lowClaimId,
        long highClaimId,
        String lowQuote,
        String highQuote,
        String first,
        String second,
        Settlement settlement,
        String settledRelation) {

    public boolean agree() {
        return Objects.equals(first, second);
    }

    public boolean settled() {
        return settlement != null;
    }
}
