package org.parallax.report;

import java.util.List;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports: what each meeting has ready to publish. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional(readOnly = true)
public class ReportService {

    private final ReportRepository reports;

    ReportService(ReportRepository reports) {
        this.reports = reports;
    }

    public List<MeetingReportSummary> summaries() {
        return reports.summaries();
    }
}
