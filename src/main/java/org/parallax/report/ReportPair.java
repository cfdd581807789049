package org.parallax.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A claim pair as a report shows it. {@code editor} and {@code approvedAt} are those of the standing
 * approval, null when the pair is not approved; {@code rereview} says what changed when its approval's
 * seal broke (null otherwise).
 */
public record ReportPair(
        long id,
        ReportClaim left,
        ReportClaim right,
        String relation,
        String topic,
        String rationale,
        String status,
        String author,
        String editor,
        OffsetDateTime approvedAt,
        List<ReportEvidence> evidence,
        String rereview,
        Long settledRoundId) {

    /** The pair once its approval's seal is found broken: back to review, the approval no longer shown. */
    ReportPair sealBroken(String changed) {
        return new ReportPair(
                id,
                left,
                right,
                relation,
                topic,
                rationale,
                "SUBMITTED",
                author,
                null,
                null,
                evidence,
                changed,
                settledRoundId);
    }

    public boolean approved() {
        return "APPROVED".equals(status);
    }

    /** "contradicts", "partly contradicts", "consistent". */
    public String relationLabel() {
        return label(relation);
    }

    public String statusLabel() {
        return rereview != null ? "needs re-review" : label(status);
    }

    static String label(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
