package org.parallax.report;

import java.io.OutputStream;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.account.AccountSummary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON, written pair by pair to the stream. Its shape is documented by the JSON Schema
 * {@value #SCHEMA} (served by the app at {@code /parallax/report.schema.json}).
 */
final class JsonReport {

    static final String SCHEMA = "report.schema.json";

    private JsonReport() {}

    static void write(MeetingReport report, OutputStream out, JsonMapper json, String publicUrl) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("$schema", publicUrl + "/parallax/" + SCHEMA);
            g.writePOJOProperty("meeting", meeting(report));
            g.writeStringProperty("generatedAt", report.generatedAt().toString());
            g.writePOJOProperty(
                    "options",
                    Map.of(
                            "allPairs",
                            report.options().allPairs(),
                            "parties",
                            report.options().parties().stream().sorted().toList(),
                            "topic",
                            report.options().topic() == null
                                    ? ""
                                    : report.options().topic()));
            g.writePOJOProperty("summary", summary(report));
            g.writeArrayPropertyStart("pairs");
            for (ReportPair p : report.pairs()) {
                Map<String, Object> pair = pair(p);
                pair.put("provenance", report.provenance(p));
                json.writeValue(g, pair);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("omissions");
            for (Omission o : report.omissions()) {
                json.writeValue(g, omission(o));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static Map<String, Object> meeting(MeetingReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", report.meeting().id());
        m.put("title", report.meeting().title());
        m.put("startDate", iso(report.meeting().startsOn()));
        m.put("endDate", iso(report.meeting().endsOn()));
        m.put("location", report.meeting().location());
        return m;
    }

    private static Map<String, Object> summary(MeetingReport report) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("pairs", report.pairs().size());
        Map<String, Integer> byRelation = new LinkedHashMap<>();
        report.byRelation().forEach((relation, n) -> byRelation.put(relation.token(), n));
        s.put("byRelation", byRelation);
        s.put("byTopic", report.byTopic());
        s.put("omissions", report.omissions().size());
        List<Map<String, Object>> accounts =
                report.coverage().stream().map(JsonReport::account).toList();
        s.put("accounts", accounts);
        s.put("coverageBasis", report.coverageBasis());
        s.put(
                "agreementRounds",
                report.rounds().stream()
                        .map(r -> {
                            Map<String, Object> round = new LinkedHashMap<>();
                            round.put("number", r.number());
                            round.put("firstReviewer", r.firstReviewer());
                            round.put("secondReviewer", r.secondReviewer());
                            round.put("couples", r.couples());
                            round.put("agreed", r.agreed());
                            round.put("kappa", Double.isNaN(r.kappa()) ? null : r.kappa());
                            round.put("keptFirst", r.keptFirst());
                            round.put("keptSecond", r.keptSecond());
                            round.put("keptNeither", r.keptNeither());
                            return round;
                        })
                        .toList());
        return s;
    }

    private static Map<String, Object> account(AccountCoverage c) {
        AccountSummary a = c.account();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("party", a.partyCode());
        m.put("title", a.title());
        m.put("claims", a.claimCount());
        m.put("coveredClaims", c.covered());
        m.put("coverage", Math.round(c.share() * 1000) / 1000.0);
        return m;
    }

    private static Map<String, Object> omission(Omission o) {
        Map<String, Object> m = claim(o.claim());
        m.put("topic", o.claim().topic());
        m.put("note", o.note());
        m.put("markedBy", o.markedBy());
        m.put("markedAt", iso(o.markedAt()));
        return m;
    }

    static Map<String, Object> pair(ReportPair p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("status", p.status().token());
        if (p.rereview() != null) {
            m.put("needsReReview", p.rereview());
        }
        m.put("relation", p.relation().token());
        m.put("topic", p.topic());
        m.put("rationale", p.rationale());
        m.put("left", claim(p.left()));
        m.put("right", claim(p.right()));
        m.put(
                "evidence",
                p.evidence().stream()
                        .map(e -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("url", e.url());
                            item.put("title", e.title());
                            item.put("note", e.note());
                            return item;
                        })
                        .toList());
        m.put("author", p.author());
        m.put("editor", p.editor());
        m.put("approvedAt", iso(p.approvedAt()));
        return m;
    }

    private static Map<String, Object> claim(ReportClaim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claimId", c.id());
        m.put("party", c.partyCode());
        m.put("partyName", c.partyName());
        m.put("speaker", c.saidBy());
        m.put("quote", c.quote());
        m.put("prefix", c.prefix());
        m.put("suffix", c.suffix());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("kind", c.kind().token());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", c.accountId());
        account.put("title", c.accountTitle());
        account.put("publisher", c.publisher());
        account.put("sourceUrl", c.sourceUrl());
        account.put("publishedOn", iso(c.publishedOn()));
        account.put("language", c.language());
        m.put("account", account);
        return m;
    }

    static String iso(TemporalAccessor time) {
        return time == null ? null : time.toString();
    }
}
