package org.parallax.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A claim pair as a report shows it. {@code editor} and {@code approvedAt} are those of the standing
 * approval, null when the pair is not approved.
 */
public record ReportPair(long id, ReportClaim left, ReportClaim right, String relation, String topic,
                         String rationale, String status, String author, String editor, OffsetDateTime approvedAt,
                         List<ReportEvidence> evidence) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }

    /** "contradicts", "partly contradicts", "consistent". */
    public String relationLabel() {
        return label(relation);
    }

    public String statusLabel() {
        return label(status);
    }

    static String label(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
