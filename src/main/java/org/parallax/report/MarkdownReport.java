package org.parallax.report;

import static org.parallax.report.Markup.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.parallax.account.AccountSummary;
import org.parallax.agreement.RoundSummary;

/** The report as Markdown: a summary table, then each pair with both quotes as block quotes. */
final class MarkdownReport {

    private MarkdownReport() {}

    static void write(MeetingReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var m = report.meeting();
        w.write("# " + markdown(m.title()) + "\n\n");
        w.write(m.startsOn() + (m.startsOn().equals(m.endsOn()) ? "" : " – " + m.endsOn())
                + (m.location() == null ? "" : " · " + markdown(m.location())) + "  \n");
        w.write(markdown(HtmlReport.scope(report)) + " Generated " + report.generatedAt() + " by Parallax.\n\n");
        w.write("## Summary\n\n| Relation | Pairs |\n| --- | ---: |\n");
        for (var e : report.byRelation().entrySet()) {
            w.write("| " + e.getKey().label() + " | " + e.getValue() + " |\n");
        }
        w.write("\n| Topic | Pairs |\n| --- | ---: |\n");
        for (var e : report.byTopic().entrySet()) {
            w.write("| " + markdown(e.getKey()) + " | " + e.getValue() + " |\n");
        }
        w.write("\n| Account | Party | Claims | Coverage |\n| --- | --- | ---: | ---: |\n");
        for (AccountCoverage c : report.coverage()) {
            AccountSummary a = c.account();
            w.write("| " + markdown(a.title()) + " | " + markdown(a.partyName()) + " | " + a.claimCount() + " | "
                    + c.percent() + " % |\n");
        }
        w.write("\n" + markdown(report.coverageBasis()) + "\n");
        if (!report.rounds().isEmpty()) {
            w.write(
                    "\n| Agreement round | Reviewers | Couples | Agreed | Cohen's kappa | Settled |\n| ---: | --- | ---: | ---: | ---: | --- |\n");
            for (RoundSummary r : report.rounds()) {
                w.write("| " + r.number() + " | " + markdown(r.firstReviewer()) + " / " + markdown(r.secondReviewer())
                        + " (blind) | "
                        + r.couples() + " | " + r.agreed() + " | "
                        + (Double.isNaN(r.kappa()) ? "—" : String.format(Locale.ROOT, "%.2f", r.kappa())) + " | "
                        + HtmlReport.settled(r) + " |\n");
            }
        }
        w.write("\n## " + (report.options().allPairs() ? "Pairs" : "Approved pairs") + "\n");
        if (report.pairs().isEmpty()) {
            w.write("\nNo pairs match this report's options yet.\n");
        }
        for (ReportPair p : report.pairs()) {
            w.write("\n### Pair " + p.id() + ": " + p.relationLabel()
                    + (p.topic() == null ? "" : " · " + markdown(p.topic()))
                    + (p.approved() ? "" : " (" + p.statusLabel().toUpperCase(Locale.ROOT) + ")") + "\n\n");
            if (p.rereview() != null) {
                w.write("*The approval no longer holds. Changed since the editor approved it: " + markdown(p.rereview())
                        + ". Back in the review queue.*\n\n");
            }
            side(w, p.left());
            side(w, p.right());
            if (p.rationale() != null) {
                w.write("**Rationale.** " + markdown(p.rationale()) + "\n\n");
            }
            for (ReportEvidence e : p.evidence()) {
                String title = e.title() != null ? markdown(e.title()) : e.url() != null ? markdown(e.url()) : "";
                w.write("- Evidence: "
                        + (e.url() != null ? "[" + title + "](<" + e.url().replace(">", "%3E") + ">)" : title)
                        + (e.note() == null ? "" : (title.isEmpty() ? "" : " — ") + markdown(e.note())) + "\n");
            }
            if (!p.evidence().isEmpty()) {
                w.write("\n");
            }
            String provenance = report.provenance(p);
            w.write("Reviewer: " + markdown(p.author()) + (provenance == null ? "" : " · " + provenance)
                    + (p.approved() && p.editor() != null
                            ? " · approved by " + markdown(p.editor()) + " on "
                                    + p.approvedAt().toLocalDate()
                            : "")
                    + "\n");
        }
        omissions(w, report);
        w.flush();
    }

    private static void omissions(Writer w, MeetingReport report) throws IOException {
        w.write("\n## Omissions: claims with no counterpart\n");
        if (report.omissions().isEmpty()) {
            w.write("\nNo claim of this report's parties and topic is marked as having no counterpart.\n");
        }
        for (Omission o : report.omissions()) {
            w.write("\n");
            side(w, o.claim());
            w.write("**No counterpart in the other accounts.** " + markdown(o.note() == null ? "" : o.note()) + "  \n");
            w.write("Marked by " + markdown(o.markedBy() == null ? "unknown" : o.markedBy())
                    + (o.markedAt() == null ? "" : " on " + o.markedAt().toLocalDate()) + "\n");
        }
    }

    private static void side(Writer w, ReportClaim c) throws IOException {
        w.write("**" + markdown(c.partyName()) + "**" + (c.speaker() == null ? "" : " · " + markdown(c.speaker()))
                + " · " + markdown(c.accountTitle())
                + (c.publishedOn() == null ? "" : ", " + c.publishedOn())
                + (c.sourceUrl() == null ? "" : " · [source](<" + c.sourceUrl().replace(">", "%3E") + ">)") + "\n\n");
        w.write("> " + markdown(c.quote()) + "\n\n");
    }
}
