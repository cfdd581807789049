package org.parallax.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.base.NotFoundException;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.report.ReportFormat;
import org.parallax.report.ReportOptions;
import org.parallax.report.ReportService;

/**
 * A meeting's report: its options, a preview (the self-contained HTML report in a frame, so what is seen
 * is what is downloaded) and a download link per format. Files are made by the download request itself,
 * not under the screen's lock, and the screen shows that one is being made until it is done.
 */
@Route("meetings/:meetingId/report")
@PageTitle("Report · Parallax")
@PermitAll
class ReportView extends Main implements BeforeEnterObserver {

    private final ReportService reports;
    private final MeetingService meetings;
    private final AccountService accounts;

    final Checkbox allPairs = new Checkbox("Include pairs not yet approved (their status is shown)");
    final CheckboxGroup<String> parties = new CheckboxGroup<>("Only pairs involving");
    final Select<String> topic = new Select<>();
    final Div downloads = new Div();
    final IFrame preview = new IFrame();
    final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Div progressLine = new Div(progress, progressText);
    private long meetingId;
    private MeetingSummary meeting;

    ReportView(ReportService reports, MeetingService meetings, AccountService accounts) {
        this.reports = reports;
        this.meetings = meetings;
        this.accounts = accounts;
        addClassName("page");
        addClassName("report-page");
        topic.setLabel("Topic");
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption("All topics");
        downloads.addClassName("downloads");
        preview.setTitle("Report preview");
        preview.addClassName("report-preview");
        progress.setIndeterminate(true);
        progress.setWidth("8rem");
        progressLine.addClassName("report-progress");
        progressLine.setVisible(false);
        allPairs.addValueChangeListener(e -> refresh());
        parties.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        try {
            meeting = meetings.get(meetingId);
        } catch (NotFoundException missing) {
            // qualified: Vaadin's NotFoundException, ours is imported
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such meeting");
            return;
        }
        Set<String> codes = new TreeSet<>(accounts.ofMeeting(meetingId).stream()
                .map(AccountSummary::partyCode)
                .toList());
        parties.setItems(codes);
        List<String> topics = new ArrayList<>(reports.topics(meetingId));
        topic.setItems(topics);
        removeAll();
        Div options = new Div(allPairs, parties, topic);
        options.addClassName("report-options");
        add(
                new Anchor("meetings/" + meetingId, "← Back to the meeting"),
                new H2("Report · " + meeting.title()),
                new Paragraph("The desk's product: the approved pairs side by side with their rationale, evidence, "
                        + "reviewer and editor. Choose what it holds, look at it below, and download it."),
                options,
                downloads,
                progressLine,
                preview);
        refresh();
    }

    ReportOptions options() {
        return new ReportOptions(allPairs.getValue(), parties.getValue(), topic.getValue());
    }

    /** New links and a new preview for the options now chosen. */
    private void refresh() {
        ReportOptions options = options();
        downloads.removeAll();
        downloads.add(new Span("Download: "));
        for (ReportFormat format : ReportFormat.values()) {
            Anchor link = new Anchor(file(format, options, false), AttachmentType.DOWNLOAD, format.label());
            link.addClassName("download-" + format.key());
            downloads.add(link);
        }
        preview.getElement().setAttribute("src", file(ReportFormat.HTML, options, true));
    }

    /**
     * Makes the file in the download request; all but CSV and JSON (streamed as they are made) are made
     * in memory first, so a failure gives the browser an error instead of half a file. The screen shows
     * that a file is being made, through push, until it is done.
     */
    private DownloadHandler file(ReportFormat format, ReportOptions options, boolean inline) {
        long meeting = meetingId;
        String fileName = format.fileName(this.meeting);

        return event -> {
            UI ui = event.getUI();
            boolean shown = !inline;
            if (shown) {
                show(ui, true, "Making the " + format.label() + " report…");
            }
            long started = System.nanoTime();
            try {
                if (inline) {
                    event.inline(fileName);
                } else {
                    event.setFileName(fileName);
                }
                event.setContentType(format.mediaType());
                if (format == ReportFormat.CSV || format == ReportFormat.JSON) {
                    reports.write(meeting, options, format, event.getOutputStream());
                } else {
                    ByteArrayOutputStream made = new ByteArrayOutputStream();
                    reports.write(meeting, options, format, made);
                    event.setContentLength(made.size());
                    made.writeTo(event.getOutputStream());
                }
                if (shown) {
                    show(
                            ui,
                            false,
                            String.format(
                                    Locale.ROOT,
                                    "%s report made in %.1f s.",
                                    format.label(),
                                    (System.nanoTime() - started) / 1e9));
                }
            } catch (RuntimeException | IOException failure) {
                if (shown) {
                    show(ui, false, "The " + format.label() + " report could not be made: " + failure.getMessage());
                }
                throw failure;
            }
        };
    }

    private void show(UI ui, boolean busy, String text) {
        ui.access(() -> {
            progressLine.setVisible(true);
            progress.setVisible(busy);
            progressText.setText(text);
        });
    }
}
