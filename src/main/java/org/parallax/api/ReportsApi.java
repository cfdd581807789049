package org.parallax.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.parallax.report.ReportFormat;
import org.parallax.report.ReportOptions;
import org.parallax.report.ReportService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportsApi {

    private final ReportService reports;

    ReportsApi(ReportService reports) {
        this.reports = reports;
    }

    /**
     * The meeting's report: format pdf, html, csv, json, md, claimreview or annotations; approved pairs unless
     * {@code allPairs=true}; {@code party} (repeatable) and {@code topic} narrow it.
     */
    @GetMapping("/api/v1/meetings/{id}/report")
    void report(@PathVariable long id, @RequestParam(defaultValue = "json") String format,
                @RequestParam(defaultValue = "false") boolean allPairs, @RequestParam(required = false) Set<String> party,
                @RequestParam(required = false) String topic, HttpServletResponse response) throws IOException {
        ReportFormat chosen = ReportFormat.of(format).orElseThrow(() -> new IllegalArgumentException(
                "format is one of pdf, html, csv, json, md, claimreview, annotations."));
        ReportOptions options = new ReportOptions(allPairs, party, topic);
        // Read first, so a missing meeting or a refused role is answered as a problem, not half a file.
        reports.report(id, options);
        response.setContentType(chosen.mediaType());
        response.setHeader("Content-Disposition", "inline; filename=\"" + chosen.fileName(id) + "\"");
        reports.write(id, options, chosen, response.getOutputStream());
    }
}
