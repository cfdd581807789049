package org.parallax.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.parallax.report.MeetingReport;
import org.parallax.report.MeetingReportSummary;
import org.parallax.report.ReportFormat;
import org.parallax.report.ReportOptions;
import org.parallax.report.ReportService;
import org.parallax.report.TopicTimeline;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
class ReportsApi {

    private final ReportService reports;
    private final JsonMapper json;

    ReportsApi(ReportService reports, JsonMapper json) {
        this.reports = reports;
        this.json = json;
    }

    /**
     * The meeting's report: format pdf, html, csv, json, md, claimreview or annotations; approved pairs unless
     * {@code allPairs=true}; {@code party} (repeatable) and {@code topic} narrow it.
     */
    @GetMapping("/api/v1/meetings/{id}/report")
    void report(
            @PathVariable long id,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "false") boolean allPairs,
            @RequestParam(required = false) Set<String> party,
            @RequestParam(required = false) String topic,
            HttpServletResponse response)
            throws IOException {
        ReportFormat chosen = ReportFormat.of(format)
                .orElseThrow(() -> new IllegalArgumentException(
                        "format is one of pdf, html, csv, json, md, claimreview, annotations."));
        ReportOptions options = new ReportOptions(allPairs, party, topic);
        // Read first, so a missing meeting or a refused role is answered as a problem, not half a file.
        MeetingReport read = reports.report(id, options);
        response.setContentType(chosen.mediaType());
        response.setHeader("Content-Disposition", "inline; filename=\"" + chosen.fileName(read.meeting()) + "\"");
        reports.write(id, options, chosen, response.getOutputStream());
    }

    /** Every current meeting with its approved pairs and omissions counted, as the Reports page lists them. */
    @GetMapping("/api/v1/reports")
    List<MeetingReportSummary> summaries() {
        return reports.summaries();
    }

    /** The topics used in the meeting's claims and pairs. */
    @GetMapping("/api/v1/meetings/{id}/topics")
    List<String> topics(@PathVariable long id) {
        return reports.topics(id);
    }

    /** Every topic in use, to follow one across meetings. */
    @GetMapping("/api/v1/topics")
    List<String> allTopics() {
        return reports.allTopics();
    }

    /**
     * One topic across meetings (all current ones unless {@code meeting} ids are given), oldest first:
     * format json (default), html or pdf; approved pairs unless {@code allPairs=true}.
     */
    @GetMapping("/api/v1/topics/timeline")
    void timeline(
            @RequestParam String topic,
            @RequestParam(required = false) Set<Long> meeting,
            @RequestParam(defaultValue = "false") boolean allPairs,
            @RequestParam(defaultValue = "json") String format,
            HttpServletResponse response)
            throws IOException {
        ReportFormat chosen = ReportFormat.of(format)
                .filter(f -> f == ReportFormat.JSON || f == ReportFormat.HTML || f == ReportFormat.PDF)
                .orElseThrow(() -> new IllegalArgumentException("format is one of json, html, pdf."));
        TopicTimeline timeline = reports.timeline(topic, meeting == null ? Set.of() : meeting, allPairs);
        response.setContentType(chosen.mediaType());
        if (chosen == ReportFormat.JSON) {
            json.writeValue(response.getOutputStream(), timeline);
        } else {
            response.setHeader("Content-Disposition", "inline; filename=\"timeline." + chosen.key() + "\"");
            reports.writeTimeline(timeline, chosen, response.getOutputStream());
        }
    }
}
