package org.parallax.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.pairing.Relation;

/**
 * The report's claims one by one, each with the pairs it belongs to: ClaimReview and Web Annotation speak
 * of claims, not pairs, and a claim may be paired with several others.
 */
record LinkedClaims(Map<Long, ReportClaim> claims, Map<Long, List<Link>> links) {

    /** One pair seen from one of its claims. */
    record Link(ReportPair pair, ReportClaim partner) {}

    static LinkedClaims of(List<ReportPair> pairs) {
        Map<Long, ReportClaim> claims = new LinkedHashMap<>();
        Map<Long, List<Link>> links = new LinkedHashMap<>();
        for (ReportPair p : pairs) {
            claims.putIfAbsent(p.left().id(), p.left());
            claims.putIfAbsent(p.right().id(), p.right());
            links.computeIfAbsent(p.left().id(), id -> new ArrayList<>()).add(new Link(p, p.right()));
            links.computeIfAbsent(p.right().id(), id -> new ArrayList<>()).add(new Link(p, p.left()));
        }
        return new LinkedClaims(claims, links);
    }

    /**
     * What the desk found about a claim, from its strongest relation: "Contradicted by the DPRK account",
     * "Partly contradicted by …", "Consistent with …".
     */
    static String verdict(List<Link> links) {
        for (Relation relation : Relation.values()) {
            List<String> parties = links.stream()
                    .filter(l -> l.pair().relation() == relation)
                    .map(l -> l.partner().partyName())
                    .distinct()
                    .toList();
            if (!parties.isEmpty()) {
                String by = "the " + String.join(" and the ", parties) + " account" + (parties.size() > 1 ? "s" : "");
                return switch (relation) {
                    case CONTRADICTS -> "Contradicted by " + by;
                    case PARTLY_CONTRADICTS -> "Partly contradicted by " + by;
                    case CONSISTENT -> "Consistent with " + by;
                };
            }
        }
        return "Not assessed";
    }
}
