package org.parallax.report;

import java.time.OffsetDateTime;
import java.util.List;
import org.parallax.base.PairStatus;
import org.parallax.pairing.Relation;

/**
 * A claim pair as a report shows it. {@code editor} and {@code approvedAt} are those of the standing
 * approval, null when the pair is not approved; {@code rereview} says what changed when its approval's
 * seal broke (null otherwise).
 */
public record ReportPair(
        long id,
        ReportClaim left,
        ReportClaim right,
        Relation relation,
        String topic,
        String rationale,
        PairStatus status,
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
                PairStatus.SUBMITTED,
                author,
                null,
                null,
                evidence,
                changed,
                settledRoundId);
    }

    public boolean approved() {
        return status == PairStatus.APPROVED;
    }

    /** "contradicts", "partly contradicts", "consistent". */
    public String relationLabel() {
        return relation.label();
    }

    public String statusLabel() {
        return rereview != null ? "needs re-review" : status.label();
    }
}
