package org.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parallax.account.AccountService;
import org.parallax.agreement.AgreementService;
import org.parallax.base.ParallaxProperties;
import org.parallax.meeting.MeetingService;
import org.parallax.review.ReviewService;
import org.parallax.review.SealState;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports: what each meeting has ready to publish, and a meeting's report in each format. The data is read
 * in one read-only transaction and the file is made after it, so a slow download holds no connection.
 */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
public class ReportService {

    private final ReportRepository reports;
    private final MeetingService meetings;
    private final AccountService accounts;
    private final JsonMapper json;
    private final String publicUrl;
    private final Desk desk;
    private final ReviewService reviews;
    private final AgreementService agreement;
    private final TransactionTemplate readOnly;
    private final CurrentUser currentUser;

    ReportService(
            ReportRepository reports,
            MeetingService meetings,
            AccountService accounts,
            JsonMapper json,
            ParallaxProperties properties,
            PlatformTransactionManager transactions,
            CurrentUser currentUser,
            ReviewService reviews,
            AgreementService agreement) {
        this.agreement = agreement;
        this.currentUser = currentUser;
        this.reviews = reviews;
        this.desk = new Desk(properties.organizationName(), properties.organizationUrl(), properties.publicUrl());
        this.reports = reports;
        this.meetings = meetings;
        this.accounts = accounts;
        this.json = json;
        this.publicUrl = properties.publicUrl();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Each current meeting with its approved pairs (whose seals were checked first) among all its pairs. */
    public List<MeetingReportSummary> summaries() {
        reviews.checkSeals(null);
        return readOnly.execute(status -> reports.summaries(viewer()));
    }

    /**
     * The meeting's report as the options ask; a meeting that does not exist is a NotFoundException. Every
     * approval is checked against its seal as the report is read: a pair whose seal broke is reported as
     * needing re-review, not as approved, and is then sent back to the review queue.
     */
    public MeetingReport report(long meetingId, ReportOptions options) {
        return sendBackBroken(readOnly.execute(status -> read(meetingId, options)));
    }

    /** A report as read, and whether the read found approvals whose seal broke. */
    private record Read(MeetingReport report, boolean sealsBroke) {}

    /** The check in the read found broken seals: those pairs go back to the queue (a write, after the read). */
    private MeetingReport sendBackBroken(Read read) {
        if (read.sealsBroke()) {
            reviews.checkSeals(read.report().meeting().id());
        }
        return read.report();
    }

    /** The pair topics of a meeting, for choosing one. */
    @Transactional(readOnly = true)
    public List<String> topics(long meetingId) {
        return reports.topics(meetingId, viewer());
    }

    /** Writes the meeting's report in the format to the stream (CSV and JSON as they are made). */
    public void write(long meetingId, ReportOptions options, ReportFormat format, OutputStream out) throws IOException {
        Map<Long, String> texts = Map.of();
        MeetingReport report;
        if (format == ReportFormat.ANNOTATIONS) {
            var both = readOnly.execute(status -> {
                Read read = read(meetingId, options);
                MeetingReport made = read.report();
                return Map.entry(
                        read,
                        reports.revisionTexts(Stream.concat(
                                        made.pairs().stream()
                                                .flatMap(p -> Stream.of(
                                                        p.left().revisionId(),
                                                        p.right().revisionId())),
                                        made.omissions().stream()
                                                .map(o -> o.claim().revisionId()))
                                .distinct()
                                .toList()));
            });
            report = sendBackBroken(both.getKey());
            texts = both.getValue();
        } else {
            report = report(meetingId, options);
        }
        switch (format) {
            case PDF -> PdfReport.write(HtmlReport.render(report, true), out);
            case HTML -> out.write(HtmlReport.render(report, false).getBytes(StandardCharsets.UTF_8));
            case CSV -> CsvReport.write(report, out);
            case JSON -> JsonReport.write(report, out, json, publicUrl);
            case MARKDOWN -> MarkdownReport.write(report, out);
            case CLAIM_REVIEW -> ClaimReviewReport.write(report, out, json, desk);
            case ANNOTATIONS -> AnnotationReport.write(report, texts, out, json, desk);
        }
        out.flush();
    }

    /** Every topic in use on claims and pairs, for choosing one to follow across meetings. */
    @Transactional(readOnly = true)
    public List<String> allTopics() {
        return reports.allTopics(viewer());
    }

    /**
     * One topic across meetings (all current ones when {@code meetingIds} is empty): each meeting's claims
     * on it and the pairs between them, oldest meeting first.
     */
    public TopicTimeline timeline(String topic, Set<Long> meetingIds, boolean allPairs) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("Choose a topic to follow across meetings.");
        }
        long viewer = viewer();
        reviews.checkSeals(null);
        return readOnly.execute(status -> {
            List<TopicTimeline.Claim> claims =
                    reports.topicClaims(topic, meetingIds == null ? Set.of() : meetingIds, allPairs, viewer);
            List<TopicTimeline.Pair> pairs = claims.isEmpty()
                    ? List.of()
                    : reports.pairsBetween(
                            claims.stream().map(TopicTimeline.Claim::id).toList(), allPairs, viewer);
            Map<Long, TopicTimeline.Meeting> heads = claims.isEmpty()
                    ? Map.of()
                    : reports.meetingHeads(claims.stream()
                            .map(TopicTimeline.Claim::meetingId)
                            .distinct()
                            .toList());
            List<TopicTimeline.Meeting> meetings = claims.stream()
                    .map(TopicTimeline.Claim::meetingId)
                    .distinct()
                    .map(heads::get)
                    .map(m -> new TopicTimeline.Meeting(
                            m.id(),
                            m.title(),
                            m.startsOn(),
                            claims.stream().filter(c -> c.meetingId() == m.id()).toList(),
                            pairs.stream().filter(p -> p.meetingId() == m.id()).toList()))
                    .toList();
            return new TopicTimeline(
                    topic.strip(),
                    allPairs,
                    meetings,
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        });
    }

    /** The timeline as HTML or PDF. */
    public void writeTimeline(TopicTimeline timeline, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case HTML -> out.write(TimelineReport.render(timeline, false).getBytes(StandardCharsets.UTF_8));
            case PDF -> PdfReport.write(TimelineReport.render(timeline, true), out);
            default -> throw new IllegalArgumentException("A topic timeline is made as HTML or PDF.");
        }
        out.flush();
    }

    private long viewer() {
        return currentUser.require().id();
    }

    /**
     * Reads the report in one transaction, checking every approval of the meeting against its seal in
     * that same transaction, so that nothing is printed as approved that the check did not see.
     */
    private Read read(long meetingId, ReportOptions options) {
        Map<Long, SealState> broken = reviews.brokenSeals(meetingId);
        List<ReportPair> pairs = reports.pairs(meetingId, options, viewer()).stream()
                .map(p -> broken.containsKey(p.id())
                        ? p.sealBroken(broken.get(p.id()).summary())
                        : p)
                .filter(p -> options.allPairs() || p.approved())
                .toList();
        return new Read(
                new MeetingReport(
                        meetings.get(meetingId),
                        accounts.ofMeeting(meetingId),
                        pairs,
                        reports.omissions(meetingId, options),
                        agreement.settledRounds(meetingId),
                        options,
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)),
                !broken.isEmpty());
    }
}
