package org.parallax.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.pairing.Relation;

/**
 * The report's small charts as SVG made on the server (no chart component, no script): horizontal bars
 * for pairs by relation and by topic. The same markup goes into the HTML report and, through the PDF
 * renderer's SVG support, into the PDF.
 */
final class SummaryChart {

    /** The relations' colours in published reports: the chart's bars and the pairs' relation labels. */
    static final Map<Relation, String> RELATION_COLOURS = Map.of(
            Relation.CONTRADICTS, "#b3261e", Relation.PARTLY_CONTRADICTS, "#c77700", Relation.CONSISTENT, "#2e7d32");

    private static final int WIDTH = 310;
    private static final int LABEL = 120;
    private static final int ROW = 20;
    private static final int MAX_TOPICS = 8;

    private SummaryChart() {}

    static String byRelation(MeetingReport report) {
        List<Map.Entry<Relation, Integer>> rows =
                List.copyOf(report.byRelation().entrySet());
        return bars(
                "Pairs by relation",
                rows.stream()
                        .map(e -> new Bar(e.getKey().label(), e.getValue(), RELATION_COLOURS.get(e.getKey())))
                        .toList());
    }

    static String byTopic(MeetingReport report) {
        List<Bar> rows = report.byTopic().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_TOPICS)
                .map(e -> new Bar(e.getKey(), e.getValue(), "#2f6fde"))
                .toList();
        return bars("Pairs by topic", rows);
    }

    private record Bar(String label, int value, String colour) {}

    private static String bars(String title, List<Bar> rows) {
        int max = Math.max(1, rows.stream().mapToInt(Bar::value).max().orElse(1));
        int height = ROW * Math.max(1, rows.size()) + 8;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                WIDTH,
                height,
                WIDTH,
                height,
                Markup.html(title)));
        svg.append("<title>").append(Markup.html(title)).append("</title>");
        if (rows.isEmpty()) {
            svg.append("<text x=\"0\" y=\"14\" font-size=\"11\" fill=\"#555\">No pairs</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            Bar bar = rows.get(i);
            int y = i * ROW + 4;
            int length = (int) Math.round((WIDTH - LABEL - 40) * (bar.value() / (double) max));
            String label = bar.label().length() > 22 ? bar.label().substring(0, 21) + "…" : bar.label();
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" fill=\"#222\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#222\">%d</text>",
                    LABEL - 6,
                    y + 11,
                    Markup.html(label),
                    LABEL,
                    y,
                    Math.max(length, bar.value() > 0 ? 2 : 0),
                    bar.colour(),
                    LABEL + length + 4,
                    y + 11,
                    bar.value()));
        }
        return svg.append("</svg>").toString();
    }
}
