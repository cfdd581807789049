package org.parallax.report;

import static org.parallax.report.Markup.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.base.Formats;
import org.parallax.base.PairStatus;
import org.parallax.base.Texts;

/**
 * A topic across meetings as one self-contained page: a section per meeting, oldest first, with each
 * party's claims side by side in a column of its own and the pairs between them below.
 */
final class TimelineReport {

    private TimelineReport() {}

    static String render(TopicTimeline timeline, boolean forPdf) {
        List<String> parties = timeline.parties();
        StringBuilder out = new StringBuilder(8192);
        out.append(
                        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>")
                .append(html("Parallax timeline: " + timeline.topic()))
                .append("</title><style>")
                .append(HtmlReport.styles(forPdf))
                .append(
                        ".timeline { width: 100%; table-layout: fixed; } .timeline th { text-align: left; font-size: 0.9em; padding: 0.2em 0.6em; }")
                .append(".timeline td { vertical-align: top; padding: 0.2em 0.6em; border-left: 4px solid #ccc; }")
                .append(".meeting { page-break-inside: avoid; margin-bottom: 1em; } .between li { margin: 0.2em 0; }")
                .append("</style></head><body><header><p class=\"brand\">Parallax · topic across meetings</p><h1>")
                .append(html(timeline.topic()))
                .append("</h1><p class=\"meta\">")
                .append(Texts.count(timeline.meetings().size(), "meeting"))
                .append(" · ")
                .append(timeline.allPairs() ? "all pairs, each with its status" : "approved pairs only")
                .append(" · generated ")
                .append(html(Formats.longDay(timeline.generatedAt())))
                .append("</p></header>");
        if (timeline.meetings().isEmpty()) {
            out.append("<p class=\"empty\">No claims carry this topic yet.</p>");
        }
        for (TopicTimeline.Meeting meeting : timeline.meetings()) {
            Map<Long, TopicTimeline.Claim> byId =
                    meeting.claims().stream().collect(Collectors.toMap(TopicTimeline.Claim::id, Function.identity()));
            out.append("<section class=\"meeting\"><h2>")
                    .append(html(Formats.longDay(meeting.startsOn())))
                    .append(" · ")
                    .append(html(meeting.title()))
                    .append("</h2><table class=\"timeline\"><thead><tr>");
            for (String party : parties) {
                out.append("<th>").append(html(party)).append("</th>");
            }
            out.append("</tr></thead><tbody><tr>");
            for (String party : parties) {
                List<TopicTimeline.Claim> said = meeting.claims().stream()
                        .filter(c -> c.partyCode().equals(party))
                        .toList();
                String colour = said.isEmpty() ? "#dddddd" : said.getFirst().partyColour();
                out.append("<td style=\"border-left-color: ")
                        .append(html(colour))
                        .append("\">");
                if (said.isEmpty()) {
                    out.append("<p class=\"note\">Nothing on this topic.</p>");
                }
                for (TopicTimeline.Claim claim : said) {
                    out.append("<blockquote id=\"claim-")
                            .append(claim.id())
                            .append("\">“")
                            .append(html(claim.quote()))
                            .append("”</blockquote><p class=\"source\">")
                            .append(html(claim.saidBy()))
                            .append(", ")
                            .append(html(claim.accountTitle()))
                            .append("</p>");
                }
                out.append("</td>");
            }
            out.append("</tr></tbody></table>");
            if (!meeting.pairs().isEmpty()) {
                out.append("<p class=\"label\">Between them</p><ul class=\"between\">");
                for (TopicTimeline.Pair pair : meeting.pairs()) {
                    TopicTimeline.Claim left = byId.get(pair.leftClaimId());
                    TopicTimeline.Claim right = byId.get(pair.rightClaimId());
                    out.append("<li><span class=\"relation rel-")
                            .append(pair.relation().token())
                            .append("\">")
                            .append(html(pair.relation().label()))
                            .append("</span>: ")
                            .append(html(left.partyCode()))
                            .append(" “")
                            .append(html(left.quote()))
                            .append("” ⟷ ")
                            .append(html(right.partyCode()))
                            .append(" “")
                            .append(html(right.quote()))
                            .append("”");
                    if (pair.rationale() != null) {
                        out.append(" — ").append(html(pair.rationale()));
                    }
                    if (pair.status() != PairStatus.APPROVED) {
                        out.append(" <span class=\"status\">")
                                .append(html(pair.status().label().toUpperCase(Locale.ROOT)))
                                .append("</span>");
                    }
                    out.append("</li>");
                }
                out.append("</ul>");
            }
            out.append("</section>");
        }
        return out.append("</body></html>").toString();
    }
}
