package org.parallax.report;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org ClaimReview as JSON-LD: one ClaimReview per claim of an approved pair (a claim in pairs that
 * are not approved has not been reviewed, whatever the report's options), its rating named after what the
 * desk found, and the claims it was compared with cited; then one per claim of the omission ledger, rated
 * "No counterpart in the other accounts". The desk (PARALLAX_ORGANIZATION_NAME) is the author; a claim's
 * appearance and date are its source's, left out when unknown rather than made up.
 */
final class ClaimReviewReport {

    private ClaimReviewReport() {}

    static void write(MeetingReport report, OutputStream out, JsonMapper json, Desk desk) {
        List<ReportPair> approved =
                report.pairs().stream().filter(ReportPair::approved).toList();
        LinkedClaims linked = LinkedClaims.of(approved);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("@context", "https://schema.org");
            g.writeArrayPropertyStart("@graph");
            for (ReportClaim claim : linked.claims().values()) {
                json.writeValue(g, review(report, claim, linked.links().get(claim.id()), desk));
            }
            for (Omission omission : report.omissions()) {
                json.writeValue(g, omission(report, omission, desk));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static Map<String, Object> review(
            MeetingReport report, ReportClaim claim, List<LinkedClaims.Link> links, Desk desk) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@type", "ClaimReview");
        r.put("url", claimUrl(report, claim, desk.publicUrl()));
        r.put("claimReviewed", claim.quote());
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", LinkedClaims.verdict(links));
        rating.put(
                "ratingExplanation",
                String.join(
                        " ",
                        links.stream()
                                .map(l -> l.pair().rationale())
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList()));
        r.put("reviewRating", rating);
        Map<String, Object> item = claimNode(report, claim, desk.publicUrl());
        r.put("itemReviewed", item);
        r.put("author", author(desk));
        OffsetDateTime decided = links.stream()
                .map(l -> l.pair().approvedAt())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(report.generatedAt());
        r.put("datePublished", decided.toLocalDate().toString());
        r.put(
                "citation",
                links.stream()
                        .map(l -> {
                            Map<String, Object> partner = claimNode(report, l.partner(), desk.publicUrl());
                            partner.put("text", l.partner().quote());
                            partner.put(
                                    "description",
                                    "Compared in pair " + l.pair().id() + ": "
                                            + l.pair().relationLabel());
                            return partner;
                        })
                        .toList());
        return r;
    }

    private static Map<String, Object> omission(MeetingReport report, Omission omission, Desk desk) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@type", "ClaimReview");
        r.put(
                "url",
                desk.publicUrl() + "/meetings/" + report.meeting().id() + "/report#omission-"
                        + omission.claim().id());
        r.put("claimReviewed", omission.claim().quote());
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", "No counterpart in the other accounts");
        rating.put("ratingExplanation", omission.note() == null ? "" : omission.note());
        r.put("reviewRating", rating);
        r.put("itemReviewed", claimNode(report, omission.claim(), desk.publicUrl()));
        r.put("author", author(desk));
        if (omission.markedAt() != null) {
            r.put("datePublished", omission.markedAt().toLocalDate().toString());
        }
        return r;
    }

    private static Map<String, Object> author(Desk desk) {
        return Map.of("@type", "Organization", "name", desk.name(), "url", desk.url());
    }

    /** A schema.org Claim: who made it, where it appeared and when (as far as its source says). */
    private static Map<String, Object> claimNode(MeetingReport report, ReportClaim claim, String publicUrl) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@type", "Claim");
        c.put("@id", claimUrl(report, claim, publicUrl));
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", claim.speaker() != null ? "Person" : "Organization");
        author.put("name", claim.saidBy());
        if (claim.speaker() != null) {
            author.put("affiliation", Map.of("@type", "Organization", "name", claim.partyName()));
        }
        c.put("author", author);
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        if (claim.sourceUrl() != null) {
            appearance.put("url", claim.sourceUrl());
        }
        appearance.put("headline", claim.accountTitle());
        if (claim.publisher() != null) {
            appearance.put("publisher", Map.of("@type", "Organization", "name", claim.publisher()));
        }
        c.put("appearance", appearance);
        if (claim.publishedOn() != null) {
            c.put("datePublished", claim.publishedOn().toString());
        }
        return c;
    }

    static String claimUrl(MeetingReport report, ReportClaim claim, String publicUrl) {
        return publicUrl + "/meetings/" + report.meeting().id() + "/report#claim-" + claim.id();
    }
}
