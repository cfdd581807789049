package org.parallax.report;

import static org.parallax.report.Markup.html;

import java.util.Locale;
import org.parallax.account.AccountSummary;
import org.parallax.agreement.RoundSummary;
import org.parallax.base.Formats;
import org.parallax.base.Texts;

/**
 * The report as one self-contained page (styles and charts inline, no scripts, no outside files). It is
 * well-formed XHTML laid out with tables, because the PDF is rendered from the same markup by a renderer
 * that reads XML and CSS 2.1.
 */
final class HtmlReport {

    static final String PDF_FONT = "Nanum Gothic";

    private HtmlReport() {}

    static String render(MeetingReport report, boolean forPdf) {
        StringBuilder out = new StringBuilder(8192 + report.pairs().size() * 2048);
        var m = report.meeting();
        out.append(
                        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>")
                .append(html("Parallax report: " + m.title()))
                .append("</title>")
                .append("<style>")
                .append(styles(forPdf))
                .append("</style></head><body>");
        out.append("<header><p class=\"brand\">Parallax · comparative claim report</p><h1>")
                .append(html(m.title()))
                .append("</h1>")
                .append("<p class=\"meta\">")
                .append(html(dates(report)))
                .append(m.location() == null ? "" : " · " + html(m.location()))
                .append(" · generated ")
                .append(html(Formats.longMoment(report.generatedAt())))
                .append("</p><p class=\"meta\">")
                .append(html(scope(report)))
                .append("</p></header>");
        summary(report, out);
        out.append("<section class=\"pairs\"><h2>")
                .append(report.options().allPairs() ? "Pairs" : "Approved pairs")
                .append("</h2>");
        if (report.pairs().isEmpty()) {
            out.append("<p class=\"empty\">No ")
                    .append(report.options().allPairs() ? "" : "approved ")
                    .append("pairs match this report's options yet.</p>");
        }
        for (ReportPair p : report.pairs()) {
            pair(p, report.provenance(p), out);
        }
        out.append("</section>");
        omissions(report, out);
        return out.append("</body></html>").toString();
    }

    /** The omission ledger: what one side said and the others left out. */
    private static void omissions(MeetingReport report, StringBuilder out) {
        out.append("<section class=\"omissions\"><h2>Omissions: claims with no counterpart</h2>");
        if (report.omissions().isEmpty()) {
            out.append(
                    "<p class=\"empty\">No claim of this report's parties and topic is marked as having no counterpart.</p>");
        }
        for (Omission o : report.omissions()) {
            out.append("<article class=\"omission\" id=\"omission-")
                    .append(o.claim().id())
                    .append("\"><table class=\"sides\"><tr>");
            side(o.claim(), out);
            out.append("<td class=\"omission-note\"><p class=\"label\">No counterpart in the other accounts</p><p>")
                    .append(html(o.note() == null ? "" : o.note()))
                    .append("</p><p class=\"review\">Marked by ")
                    .append(html(o.markedBy() == null ? "unknown" : o.markedBy()));
            if (o.markedAt() != null) {
                out.append(" on ").append(html(Formats.longDay(o.markedAt())));
            }
            out.append("</p></td></tr></table></article>");
        }
        out.append("</section>");
    }

    private static String dates(MeetingReport report) {
        var m = report.meeting();
        return Formats.longDays(m.startsOn(), m.endsOn());
    }

    /** What the report holds, said plainly. */
    static String scope(MeetingReport report) {
        ReportOptions o = report.options();
        String what = o.allPairs() ? "All pairs, each with its review status" : "Approved pairs only";
        if (!o.parties().isEmpty()) {
            what += "; parties: "
                    + String.join(", ", o.parties().stream().sorted().toList());
        }
        if (o.topic() != null) {
            what += "; topic: " + o.topic();
        }
        return what + ".";
    }

    private static void summary(MeetingReport report, StringBuilder out) {
        out.append("<section class=\"summary\"><h2>Summary</h2><p>")
                .append(Texts.count(report.pairs().size(), report.options().allPairs() ? "pair" : "approved pair"))
                .append(": ");
        out.append(String.join(
                        ", ",
                        report.byRelation().entrySet().stream()
                                .map(e -> e.getValue() + " " + e.getKey().label())
                                .toList()))
                .append(".</p>");
        out.append("<table class=\"charts\"><tr><td>")
                .append(SummaryChart.byRelation(report))
                .append("</td><td>")
                .append(SummaryChart.byTopic(report))
                .append("</td></tr></table>");
        out.append("<table class=\"coverage\"><thead><tr><th>Account</th><th>Party</th><th class=\"num\">Claims</th>")
                .append("<th class=\"num\">Coverage</th></tr></thead><tbody>");
        for (AccountCoverage c : report.coverage()) {
            AccountSummary a = c.account();
            out.append("<tr><td>")
                    .append(html(a.title()))
                    .append("</td><td>")
                    .append(html(a.partyName()))
                    .append("</td><td class=\"num\">")
                    .append(a.claimCount())
                    .append("</td><td class=\"num\">")
                    .append(c.percent())
                    .append(" %</td></tr>");
        }
        out.append("</tbody></table><p class=\"note\">")
                .append(html(report.coverageBasis()))
                .append("</p>");
        rounds(report, out);
        out.append("</section>");
    }

    /** How far two reviewers pairing blind agreed, and how the editor settled the rest. */
    private static void rounds(MeetingReport report, StringBuilder out) {
        if (report.rounds().isEmpty()) {
            return;
        }
        out.append("<h3>Agreement rounds</h3><table class=\"coverage\"><thead><tr><th>Round</th><th>Reviewers</th>")
                .append(
                        "<th class=\"num\">Couples</th><th class=\"num\">Agreed</th><th class=\"num\">Cohen's kappa</th>")
                .append("<th>Settled</th></tr></thead><tbody>");
        for (RoundSummary r : report.rounds()) {
            out.append("<tr><td>")
                    .append(r.number())
                    .append("</td><td>")
                    .append(html(r.firstReviewer()))
                    .append(" / ")
                    .append(html(r.secondReviewer()) + " (blind)")
                    .append("</td><td class=\"num\">")
                    .append(r.couples())
                    .append("</td><td class=\"num\">")
                    .append(r.agreed())
                    .append("</td><td class=\"num\">")
                    .append(Double.isNaN(r.kappa()) ? "—" : String.format(Locale.ROOT, "%.2f", r.kappa()))
                    .append("</td><td>")
                    .append(html(settled(r)))
                    .append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    static String settled(RoundSummary r) {
        return "first reviewer's kept " + r.keptFirst() + ", second's " + r.keptSecond() + ", neither "
                + r.keptNeither();
    }

    private static void pair(ReportPair p, String provenance, StringBuilder out) {
        out.append("<article class=\"pair\" id=\"pair-")
                .append(p.id())
                .append("\"><h3><span class=\"relation rel-")
                .append(p.relation().token())
                .append("\">")
                .append(html(capitalised(p.relationLabel())))
                .append("</span>")
                .append(p.topic() == null ? "" : " · " + html(p.topic()))
                .append(" <span class=\"pair-id\">pair ")
                .append(p.id())
                .append("</span>");
        if (!p.approved()) {
            out.append(" <span class=\"status\">")
                    .append(html(p.statusLabel().toUpperCase(Locale.ROOT)))
                    .append("</span>");
        }
        out.append("</h3>");
        if (p.rereview() != null) {
            out.append("<p class=\"rereview\">The approval no longer holds. Changed since the editor approved it: ")
                    .append(html(p.rereview()))
                    .append(". Back in the review queue.</p>");
        }
        out.append("<table class=\"sides\"><tr>");
        side(p.left(), out);
        side(p.right(), out);
        out.append("</tr></table>");
        if (p.rationale() != null) {
            out.append("<p class=\"rationale\"><strong>Rationale.</strong> ")
                    .append(html(p.rationale()))
                    .append("</p>");
        }
        if (!p.evidence().isEmpty()) {
            out.append("<p class=\"label\">Evidence</p><ul class=\"evidence\">");
            for (ReportEvidence e : p.evidence()) {
                out.append("<li>");
                String title = e.title() != null ? e.title() : e.url();
                if (e.url() != null) {
                    out.append("<a href=\"")
                            .append(html(e.url()))
                            .append("\">")
                            .append(html(title))
                            .append("</a>");
                } else if (title != null) {
                    out.append(html(title));
                }
                if (e.note() != null) {
                    out.append(title == null ? "" : " — ").append(html(e.note()));
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        out.append("<p class=\"review\">Reviewer: ").append(html(p.author()));
        if (provenance != null) {
            out.append(" · ").append(html(provenance));
        }
        if (p.approved() && p.editor() != null) {
            out.append(" · approved by ")
                    .append(html(p.editor()))
                    .append(" on ")
                    .append(html(Formats.longDay(p.approvedAt())));
        }
        out.append("</p></article>");
    }

    private static void side(ReportClaim c, StringBuilder out) {
        out.append("<td class=\"claim\" style=\"border-left-color: ")
                .append(html(c.partyColour()))
                .append("\">")
                .append("<p class=\"party\">")
                .append(html(c.partyName()))
                .append(c.speaker() == null ? "" : " · " + html(c.speaker()))
                .append("</p>")
                .append("<blockquote id=\"claim-")
                .append(c.id())
                .append("\" lang=\"")
                .append(html(c.language()))
                .append("\">“")
                .append(html(c.quote()))
                .append("”</blockquote><p class=\"source\">")
                .append(html(c.accountTitle()));
        if (c.publisher() != null) {
            out.append(", ").append(html(c.publisher()));
        }
        if (c.publishedOn() != null) {
            out.append(", ").append(html(Formats.longDay(c.publishedOn())));
        }
        if (c.sourceUrl() != null) {
            out.append(" · <a href=\"").append(html(c.sourceUrl())).append("\">source</a>");
        }
        out.append("</p></td>");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String styles(boolean forPdf) {
        String font = forPdf
                ? "'" + PDF_FONT + "'"
                : "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Nanum Gothic', sans-serif";
        return (forPdf
                        ? "@page { size: A4; margin: 18mm 16mm; @bottom-center { content: counter(page) ' / ' counter(pages); font-family: "
                                + font + "; font-size: 8pt; color: #666; } }"
                        : "")
                + "body { font-family: " + font + "; color: #1d1d1f; font-size: " + (forPdf ? "9.5pt" : "15px")
                + "; line-height: 1.45; margin: " + (forPdf ? "0" : "2rem auto; max-width: 60rem; padding: 0 1rem")
                + "; }"
                + "h1 { font-size: 1.6em; margin: 0.2em 0; } h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.4em; }"
                + "h3 { font-size: 1em; margin: 0 0 0.4em 0; } .brand { color: #666; font-size: 0.85em; margin: 0; }"
                + ".meta { color: #444; margin: 0.2em 0; } .note { color: #666; font-size: 0.85em; }"
                + "table { border-collapse: collapse; } .charts td { vertical-align: top; padding-right: 1.5em; }"
                + ".coverage th, .coverage td { border-bottom: 1px solid #ddd; padding: 0.2em 0.8em 0.2em 0; text-align: left; }"
                + ".coverage .num { text-align: right; }"
                + ".pair { border: 1px solid #ddd; border-radius: 4px; padding: 0.6em 0.8em; margin: 0.8em 0; page-break-inside: avoid; }"
                + ".sides { width: 100%; table-layout: fixed; } .sides td { width: 50%; vertical-align: top; }"
                + ".claim { border-left: 4px solid #999; padding: 0 0.8em; }"
                + ".party { font-weight: bold; margin: 0; font-size: 0.9em; }"
                + "blockquote { margin: 0.3em 0; font-size: 1.05em; } .source { color: #555; font-size: 0.85em; margin: 0; }"
                + ".rationale { margin: 0.6em 0 0.3em 0; } .label { font-weight: bold; margin: 0.3em 0 0 0; }"
                + ".evidence { margin: 0.1em 0 0.3em 0; padding-left: 1.4em; } .review { color: #555; font-size: 0.85em; margin: 0.3em 0 0 0; }"
                + ".relation { font-weight: bold; }"
                + relationColours()
                + ".pair-id { color: #777; font-weight: normal; font-size: 0.85em; }"
                + ".status { border: 1px solid #a05f00; color: #a05f00; font-size: 0.8em; padding: 0 0.3em; border-radius: 3px; }"
                + ".rereview { color: #a05f00; font-weight: bold; margin: 0 0 0.4em 0; }"
                + ".omission { border: 1px dashed #999; border-radius: 4px; padding: 0.6em 0.8em; margin: 0.8em 0; page-break-inside: avoid; }"
                + ".omission-note { padding: 0 0.8em; }"
                + "a { color: #1f5fbf; } .empty { color: #555; }";
    }

    /** The relations in the colours of the report's chart (one definition: SummaryChart). */
    private static String relationColours() {
        StringBuilder css = new StringBuilder();
        SummaryChart.RELATION_COLOURS.forEach((relation, colour) -> css.append(".rel-")
                .append(relation.token())
                .append(" { color: ")
                .append(colour)
                .append("; }"));
        return css.toString();
    }
}
