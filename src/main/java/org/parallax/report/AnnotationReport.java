package org.parallax.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims' anchors as a W3C Web Annotation collection: one annotation per claim, its target the
 * account's text with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector, and a body
 * per pair saying what the claim was compared with. Web Annotation counts positions in code points, not
 * in the UTF-16 units Parallax stores, so the offsets are converted against the claim's text. Claims of
 * the omission ledger get an annotation too, its body "describing" why no other account has a counterpart.
 */
final class AnnotationReport {

    private AnnotationReport() {}

    static void write(
            MeetingReport report, Map<Long, String> revisionTexts, OutputStream out, JsonMapper json, Desk desk) {
        String publicUrl = desk.publicUrl();
        LinkedClaims linked = LinkedClaims.of(report.pairs());
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("@context", "http://www.w3.org/ns/anno.jsonld");
            g.writeStringProperty(
                    "id", publicUrl + "/meetings/" + report.meeting().id() + "/report#annotations");
            g.writeStringProperty("type", "AnnotationCollection");
            g.writeStringProperty("label", "Claims of " + report.meeting().title());
            g.writeNumberProperty(
                    "total", linked.claims().size() + report.omissions().size());
            g.writeObjectPropertyStart("first");
            g.writeStringProperty("type", "AnnotationPage");
            g.writeArrayPropertyStart("items");
            for (ReportClaim claim : linked.claims().values()) {
                json.writeValue(
                        g,
                        annotation(
                                claim,
                                "assessing",
                                assessments(claim, linked.links().get(claim.id())),
                                revisionTexts.get(claim.revisionId()),
                                desk));
            }
            for (Omission omission : report.omissions()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "TextualBody");
                body.put("purpose", "describing");
                body.put("format", "text/plain");
                body.put(
                        "value",
                        "No counterpart in the other accounts: " + (omission.note() == null ? "" : omission.note())
                                + (omission.markedBy() == null ? "" : " (marked by " + omission.markedBy() + ")"));
                List<Map<String, Object>> bodies = new ArrayList<>(List.of(body));
                json.writeValue(
                        g,
                        annotation(
                                omission.claim(),
                                "describing",
                                bodies,
                                revisionTexts.get(omission.claim().revisionId()),
                                desk));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** What the claim was compared with, one body per pair. */
    private static List<Map<String, Object>> assessments(ReportClaim claim, List<LinkedClaims.Link> links) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (LinkedClaims.Link link : links) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "TextualBody");
            body.put("purpose", "assessing");
            body.put("format", "text/plain");
            body.put(
                    "value",
                    capitalised(link.pair().relationLabel()) + " ("
                            + link.partner().partyName() + "): “"
                            + link.partner().quote() + "”"
                            + (link.pair().approved() ? "" : " [" + link.pair().statusLabel() + "]"));
            bodies.add(body);
        }
        return bodies;
    }

    private static Map<String, Object> annotation(
            ReportClaim claim, String motivation, List<Map<String, Object>> bodies, String text, Desk desk) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", desk.publicUrl() + "/claims/" + claim.id());
        a.put("type", "Annotation");
        a.put("motivation", motivation);
        if (claim.topic() != null) {
            bodies.add(Map.of("type", "TextualBody", "purpose", "tagging", "value", claim.topic()));
        }
        a.put("body", bodies);
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", claim.quote());
        quote.put("prefix", claim.prefix());
        quote.put("suffix", claim.suffix());
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", text.codePointCount(0, claim.start()));
        position.put("end", text.codePointCount(0, claim.end()));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", desk.publicUrl() + "/accounts/" + claim.accountId());
        target.put("selector", List.of(quote, position));
        a.put("target", target);
        a.put("creator", Map.of("type", "Organization", "name", desk.name(), "homepage", desk.url()));
        return a;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
