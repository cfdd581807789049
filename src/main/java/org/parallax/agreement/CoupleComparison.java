package org.parallax.agreement;

import java.util.Objects;
import org.parallax.pairing.Relation;

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
        Relation first,
        Relation second,
        Settlement settlement,
        Relation settledRelation) {

    public boolean agree() {
        return Objects.equals(first, second);
    }

    public boolean settled() {
        return settlement != null;
    }
}
