package org.parallax.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.parallax.base.Formats;
import org.parallax.report.MeetingReportSummary;
import org.parallax.report.ReportService;

@Route("reports")
@PageTitle("Reports · Parallax")
@PermitAll
class ReportsView extends Main {

    final Grid<MeetingReportSummary> grid = new Grid<>();

    ReportsView(ReportService reports) {
        addClassName("page");
        setHeightFull();
        grid.addColumn(MeetingReportSummary::title).setHeader("Meeting").setFlexGrow(2);
        grid.addColumn(m -> Formats.day(m.startsOn())).setHeader("From").setAutoWidth(true);
        grid.addColumn(MeetingReportSummary::approvedPairs)
                .setHeader("Approved pairs")
                .setAutoWidth(true);
        grid.addColumn(MeetingReportSummary::allPairs).setHeader("All pairs").setAutoWidth(true);
        grid.setEmptyStateText("No meetings yet.");
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("meetings/" + e.getItem().meetingId() + "/report")));
        grid.setItems(reports.summaries());
        grid.setHeightFull();
        add(
                new H2("Reports"),
                new Anchor("reports/topic", "Follow a topic across meetings →"),
                new Paragraph(
                        "A meeting's report holds its approved pairs; only editors approve. Choose a meeting to "
                                + "preview its report and download it (PDF, HTML, CSV, JSON, Markdown, ClaimReview, Web Annotation)."),
                grid);
    }
}
