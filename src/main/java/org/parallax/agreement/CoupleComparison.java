package org.parallax.agreement;

/**
 * Two claims as each reviewer related them (a relation, or null when they did not pair them) and, where
 * they differ, what the editor settled ({@code settled} true, {@code settledRelation} null meaning "no pair").
 */
public record CoupleComparison(long lowClaimId, long highClaimId, String lowQuote, String highQuote, String first,
                               String second, boolean settled, String settledRelation) {

    public boolean agree() {
        return java.util.Objects.equals(first, second);
    }
}
