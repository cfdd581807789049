package org.parallax.report.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.base.Formats;
import org.parallax.report.MeetingReportSummary;
import org.parallax.report.ReportFormat;
import org.parallax.report.ReportService;
import org.parallax.report.TopicTimeline;

/** One topic (sanctions, say) across several meetings: a timeline of each party's claims and the pairs between them. */
@Route("reports/topic")
@PageTitle("Topic across meetings · Parallax")
@PermitAll
class TopicReportView extends Main {

    private final ReportService reports;
    final ComboBox<String> topic = new ComboBox<>("Topic");
    final MultiSelectComboBox<MeetingReportSummary> meetings = new MultiSelectComboBox<>("Meetings (none chosen: all)");
    final Checkbox allPairs = new Checkbox("Include pairs not yet approved");
    final Div downloads = new Div();
    final IFrame preview = new IFrame();

    TopicReportView(ReportService reports) {
        this.reports = reports;
        addClassName("page");
        addClassName("report-page");
        topic.setItems(reports.allTopics());
        topic.setPlaceholder("Choose a topic");
        meetings.setItems(reports.summaries());
        meetings.setItemLabelGenerator(m -> m.title() + " (" + Formats.day(m.startsOn()) + ")");
        meetings.setWidth("28rem");
        downloads.addClassName("downloads");
        preview.setTitle("Timeline preview");
        preview.addClassName("report-preview");
        preview.setVisible(false);
        topic.addValueChangeListener(e -> refresh());
        meetings.addValueChangeListener(e -> refresh());
        allPairs.addValueChangeListener(e -> refresh());
        Div options = new Div(topic, meetings, allPairs);
        options.addClassName("report-options");
        add(
                new Anchor("reports", "← Reports"),
                new H2("A topic across meetings"),
                new Paragraph(
                        "Follow one topic through several meetings: what each party said on it, meeting by meeting, "
                                + "and where their claims were paired as contradicting or consistent."),
                options,
                downloads,
                preview);
    }

    private void refresh() {
        downloads.removeAll();
        String chosen = topic.getValue();
        preview.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        Set<Long> ids = meetings.getValue().stream()
                .map(MeetingReportSummary::meetingId)
                .collect(Collectors.toSet());
        boolean all = allPairs.getValue();
        downloads.add(
                new Span("Download: "),
                new Anchor(file(chosen, ids, all, ReportFormat.PDF, false), AttachmentType.DOWNLOAD, "PDF"),
                new Anchor(file(chosen, ids, all, ReportFormat.HTML, false), AttachmentType.DOWNLOAD, "HTML"));
        preview.getElement().setAttribute("src", file(chosen, ids, all, ReportFormat.HTML, true));
    }

    private DownloadHandler file(String chosen, Set<Long> ids, boolean all, ReportFormat format, boolean inline) {
        return event -> {
            String name = "parallax-topic-"
                    + chosen.replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(Locale.ROOT) + "." + format.key();
            if (inline) {
                event.inline(name);
            } else {
                event.setFileName(name);
            }
            event.setContentType(format.mediaType());
            TopicTimeline timeline = reports.timeline(chosen, ids, all);
            ByteArrayOutputStream made = new ByteArrayOutputStream();
            reports.writeTimeline(timeline, format, made);
            event.setContentLength(made.size());
            made.writeTo(event.getOutputStream());
        };
    }
}
