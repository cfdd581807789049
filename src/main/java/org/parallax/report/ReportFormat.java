package org.parallax.report;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.parallax.meeting.MeetingSummary;

/** The forms a meeting's report leaves Parallax in; {@code key} is what the API's {@code format=} takes. */
public enum ReportFormat {
    PDF("pdf", "PDF", "application/pdf", "pdf"),
    HTML("html", "HTML", "text/html;charset=UTF-8", "html"),
    CSV("csv", "CSV", "text/csv;charset=UTF-8", "csv"),
    JSON("json", "JSON", "application/json", "json"),
    MARKDOWN("md", "Markdown", "text/markdown;charset=UTF-8", "md"),
    CLAIM_REVIEW("claimreview", "ClaimReview JSON-LD", "application/ld+json", "claimreview.jsonld"),
    ANNOTATIONS(
            "annotations",
            "Web Annotation JSON",
            "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"",
            "annotations.jsonld");

    private final String key;
    private final String label;
    private final String mediaType;
    private final String extension;

    ReportFormat(String key, String label, String mediaType, String extension) {
        this.key = key;
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * A file name for a meeting's report, by its title and first day: "first-dprk-us-high-level-talks-
     * 2018-07-06.pdf". ASCII only, so every browser and mail client keeps it; a title with no Latin letters
     * gives "meeting-2018-07-06.pdf".
     */
    public String fileName(MeetingSummary meeting) {
        String slug = Normalizer.normalize(meeting.title(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return (slug.isEmpty() ? "meeting" : slug) + "-" + meeting.startsOn() + "." + extension;
    }

    public static Optional<ReportFormat> of(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst();
    }
}
