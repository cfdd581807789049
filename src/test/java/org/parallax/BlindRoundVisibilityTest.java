package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.account.NewAccount;
import org.parallax.agreement.AgreementService;
import org.parallax.base.PairStatus;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.meeting.MeetingFilter;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.meeting.NewMeeting;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewEvidence;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairFilter;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.report.ReportOptions;
import org.parallax.report.ReportService;
import org.parallax.report.TopicTimeline;
import org.parallax.review.Decision;
import org.parallax.review.QueueFilter;
import org.parallax.review.ReviewService;
import org.parallax.search.SearchQuery;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second reviewer of an open agreement round learns nothing of the first reviewer's pairs, whatever
 * they read. Every public reading method of every service (found by reflection, so a new one is walked
 * too) is called as the second reviewer with every fitting id, once while the first reviewer's pairs
 * exist (submitted, approved, commented, with evidence) and once after they are removed: the answers
 * must be the same, and none may carry a word of the hidden pairs.
 */
@DatabaseTest
class BlindRoundVisibilityTest {

    static final String SECRET_RATIONALE = "Hidden rationale zebra-umbrella";
    static final String SECRET_TOPIC = "hidden-topic-quasar";
    static final String SECRET_EVIDENCE = "Hidden evidence note marmalade";
    static final String SECRET_COMMENT = "Hidden comment periwinkle";
    static final List<String> SECRETS = List.of(SECRET_RATIONALE, SECRET_TOPIC, SECRET_EVIDENCE, SECRET_COMMENT);
    /** The hidden topic as a reader would ask for it: it finds the pairs (topics match in any case), yet an echo of it is no leak. */
    static final String ASKED_TOPIC = SECRET_TOPIC.toUpperCase(Locale.ROOT);

    /** Doors that are not for people (see ArchitectureTest). */
    static final Set<String> NOT_DOORS = Set.of("AuditService", "UserAccounts");

    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[T ][0-9:.]+(Z|[+-]\\d\\d:?\\d\\d)?");
    private static final Pattern SHOWN_TIME =
            Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4}( \\d{1,2}:\\d\\d)?|\\d{1,2}:\\d\\d(:\\d\\d)?");

    @Autowired
    ApplicationContext context;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DSLContext db;

    @Autowired
    JsonMapper json;

    @Autowired
    MeetingService meetings;

    @Autowired
    AccountService accounts;

    @Autowired
    ClaimService claims;

    @Autowired
    PairingService pairing;

    @Autowired
    ReviewService reviews;

    @Autowired
    AgreementService agreement;

    @Autowired
    ReportService reports;

    long meeting;
    long round;
    final List<Long> accountIds = new ArrayList<>();
    final List<Long> claimIds = new ArrayList<>();
    final List<Long> pairIds = new ArrayList<>();

    @ParameterizedTest(name = "second reviewer {0}")
    @ValueSource(strings = {"reviewer2", "admin"})
    void the_second_reviewer_of_an_open_round_reads_nothing_of_the_first_reviewers_pairs(String second) {
        setUpMeeting(second);
        try {
            hiddenPairsOfTheFirstReviewer();
            Map<String, String> withHiddenPairs = walk(second);
            withHiddenPairs.forEach((call, answer) -> SECRETS.forEach(secret ->
                    assertThat(answer).as(call + " tells of a hidden pair").doesNotContain(secret)));

            // "Already paired" would tell that the couple exists: a blind reviewer is answered alike for any couple.
            assertThatThrownBy(() -> signedIn.as(
                            second,
                            () -> pairing.link(
                                    new NewPair(claimIds.get(0), claimIds.get(2), Relation.CONTRADICTS, "mine", null))))
                    .hasMessageContaining("pairing this meeting blind");
            assertThatThrownBy(() -> signedIn.as(
                            second,
                            () -> pairing.link(
                                    new NewPair(claimIds.get(1), claimIds.get(3), Relation.CONTRADICTS, "mine", null))))
                    .hasMessageContaining("pairing this meeting blind");

            db.execute("delete from claim_pair where meeting_id = ?", meeting);
            Map<String, String> withoutThem = walk(second);
            assertThat(withHiddenPairs.keySet()).isEqualTo(withoutThem.keySet());
            withHiddenPairs.forEach((call, answer) -> assertThat(answer)
                    .as(call + " answers differently while hidden pairs exist")
                    .isEqualTo(withoutThem.get(call)));

            // The walk reached the readers that matter.
            assertThat(withHiddenPairs.keySet())
                    .anyMatch(k -> k.startsWith("PairingService.get("))
                    .anyMatch(k -> k.startsWith("ReportService.write("))
                    .anyMatch(k -> k.startsWith("HistoryService.ofMeeting("))
                    .anyMatch(k -> k.startsWith("MeetingService.get("))
                    .anyMatch(k -> k.startsWith("ReviewService.comments("));
        } finally {
            signedIn.run("admin", () -> meetings.delete(meeting));
        }
    }

    private void setUpMeeting(String second) {
        accountIds.clear();
        claimIds.clear();
        pairIds.clear();
        meeting = signedIn.as(
                        "reviewer",
                        () -> meetings.create(new NewMeeting(
                                "Blind walk " + second, LocalDate.of(2018, 7, 6), null, "Pyongyang", null)))
                .id();
        signedIn.run("reviewer", () -> {
            for (String[] side : new String[][] {
                {"US", "The talks made progress. Sanctions stay in place."},
                {"DPRK", "The talks were regrettable. The demands were unilateral."}
            }) {
                long account = accounts.add(new NewAccount(
                                meeting,
                                new AccountMetadata(
                                        side[0],
                                        side[0] + " account",
                                        null,
                                        null,
                                        null,
                                        LocalDate.of(2018, 7, 7),
                                        "en",
                                        AccountKind.OFFICIAL_STATEMENT),
                                side[1]))
                        .account()
                        .id();
                accountIds.add(account);
                String text = side[1];
                int dot = text.indexOf('.') + 1;
                claimIds.add(
                        claims.mark(new NewClaim(account, 0, dot, text.substring(0, dot), null, null, ClaimKind.FACT))
                                .id());
                claimIds.add(claims.mark(new NewClaim(
                                account, dot + 1, text.length(), text.substring(dot + 1), null, null, ClaimKind.FACT))
                        .id());
            }
        });
        long first = userId("reviewer");
        round = signedIn.as("editor", () -> agreement.request(meeting, first, userId(second)))
                .id();
    }

    /** The first reviewer's work: an approved pair with evidence and a comment, a submitted one and a draft. */
    private void hiddenPairsOfTheFirstReviewer() {
        ClaimPair approved = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(
                        claimIds.get(0),
                        claimIds.get(2),
                        Relation.CONTRADICTS,
                        SECRET_RATIONALE,
                        SECRET_TOPIC,
                        List.of(new NewEvidence("https://example.org/hidden", "Hidden", SECRET_EVIDENCE)))));
        signedIn.as("reviewer", () -> pairing.submit(approved.id(), approved.version()));
        signedIn.as(
                "editor",
                () -> reviews.decide(approved.id(), pairing.get(approved.id()).version(), Decision.APPROVE, null));
        signedIn.as("editor", () -> reviews.comment(approved.id(), SECRET_COMMENT));
        ClaimPair submitted = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(
                        claimIds.get(1),
                        claimIds.get(3),
                        Relation.PARTLY_CONTRADICTS,
                        SECRET_RATIONALE + " 2",
                        SECRET_TOPIC)));
        signedIn.as("reviewer", () -> pairing.submit(submitted.id(), submitted.version()));
        ClaimPair draft = signedIn.as(
                "reviewer",
                () -> pairing.link(new NewPair(
                        claimIds.get(0), claimIds.get(3), Relation.CONSISTENT, SECRET_RATIONALE + " 3", SECRET_TOPIC)));
        pairIds.addAll(List.of(approved.id(), submitted.id(), draft.id()));
    }

    /** Every reading method of every service, called as {@code who} with every fitting argument. */
    private Map<String, String> walk(String who) {
        Map<String, String> answers = new TreeMap<>();
        List<String> unreachable = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.parallax") || NOT_DOORS.contains(type.getSimpleName())) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()
                        || !reads(method, type)) {
                    continue;
                }
                List<List<Object>> calls = argumentLists(method, who);
                if (calls == null) {
                    unreachable.add(type.getSimpleName() + "." + method.getName());
                    continue;
                }
                for (List<Object> args : calls) {
                    String call = type.getSimpleName() + "." + method.getName() + "(" + describe(args) + ")";
                    answers.put(call, signedIn.as(who, () -> call(bean, method, args)));
                }
            }
        }
        assertThat(unreachable)
                .as("reading methods the walk cannot call: give it arguments of their types")
                .isEmpty();
        return answers;
    }

    /** A method reads unless it runs in a read-write transaction. */
    private static boolean reads(Method method, Class<?> type) {
        Transactional own = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        Transactional tx = own != null ? own : AnnotatedElementUtils.findMergedAnnotation(type, Transactional.class);
        return tx == null || tx.readOnly();
    }

    private String call(Object bean, Method method, List<Object> args) {
        try {
            Object result = method.invoke(bean, args.toArray());
            StringBuilder answer = new StringBuilder(normalise(json.writeValueAsString(result)));
            for (Object arg : args) {
                if (arg instanceof ByteArrayOutputStream written) {
                    answer.append(" wrote ").append(normalise(readable(written.toByteArray())));
                }
            }
            return answer.toString();
        } catch (InvocationTargetException e) {
            return "refused: " + e.getCause().getClass().getSimpleName() + ": "
                    + e.getCause().getMessage();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readable(byte[] bytes) {
        if (bytes.length > 4 && new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
            try (var pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String normalise(String answer) {
        return SHOWN_TIME.matcher(ISO_TIME.matcher(answer).replaceAll("<time>")).replaceAll("<time>");
    }

    /** The argument lists to call a method with, or null when a parameter's type has no candidates. */
    private List<List<Object>> argumentLists(Method method, String who) {
        List<List<Object>> lists = new ArrayList<>();
        lists.add(new ArrayList<>());
        for (Parameter parameter : method.getParameters()) {
            List<Object> candidates = candidates(parameter, who);
            if (candidates == null) {
                return null;
            }
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> list : lists) {
                for (Object candidate : candidates) {
                    List<Object> next = new ArrayList<>(list);
                    next.add(candidate instanceof ByteArrayOutputStream ? new ByteArrayOutputStream() : candidate);
                    longer.add(next);
                }
            }
            lists = longer;
        }
        return lists;
    }

    private List<Object> candidates(Parameter parameter, String who) {
        Class<?> type = parameter.getType();
        String name = parameter.getName().toLowerCase(Locale.ROOT);
        if (type == long.class || type == Long.class) {
            return new ArrayList<>(ids(name));
        }
        if (type == long[].class) {
            return List.of(accountIds.stream().mapToLong(Long::longValue).toArray());
        }
        if (type == int.class || type == Integer.class) {
            return List.of(name.contains("limit") ? 100 : 0);
        }
        if (type == boolean.class) {
            return List.of(true, false);
        }
        if (type == String.class) {
            return name.contains("topic") ? List.of(ASKED_TOPIC) : List.of("x");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of(name.contains("meeting") ? Set.of(meeting) : Set.copyOf(allIds()));
        }
        if (type.isEnum()) {
            return List.of(type.getEnumConstants());
        }
        if (type == OutputStream.class) {
            return List.of(new ByteArrayOutputStream());
        }
        if (type == ReportOptions.class) {
            return List.of(
                    new ReportOptions(true, Set.of(), null),
                    ReportOptions.approvedOnly(),
                    new ReportOptions(true, Set.of(), ASKED_TOPIC));
        }
        if (type == MeetingFilter.class) {
            return List.of(new MeetingFilter(null, null, null, null, true));
        }
        if (type == QueueFilter.class) {
            return List.of(QueueFilter.ALL);
        }
        if (type == PairFilter.class) {
            List<Object> filters = new ArrayList<>(List.of(
                    PairFilter.ALL,
                    new PairFilter(null, null, "US", null),
                    new PairFilter(null, null, null, ASKED_TOPIC)));
            for (Relation relation : Relation.values()) {
                filters.add(new PairFilter(relation, null, null, null));
            }
            for (PairStatus status : PairStatus.values()) {
                filters.add(new PairFilter(null, status, null, null));
            }
            return filters;
        }
        if (type == SearchQuery.class) {
            return List.of(
                    SearchQuery.of("hidden"),
                    SearchQuery.of("zebra umbrella"),
                    SearchQuery.of("periwinkle"),
                    SearchQuery.of("\"evidence note\""),
                    new SearchQuery(
                            ASKED_TOPIC, null, meeting, null, null, ASKED_TOPIC, null, null, Set.of(), true, 0));
        }
        if (type == MeetingSummary.class) {
            return List.of(signedIn.as(who, () -> meetings.get(meeting)));
        }
        if (type == AccountSummary.class) {
            return List.of(signedIn.as(who, () -> accounts.get(accountIds.getFirst())));
        }
        if (type == TopicTimeline.class) {
            return List.of(signedIn.as(who, () -> reports.timeline(ASKED_TOPIC, Set.of(meeting), true)));
        }
        return null;
    }

    /** Ids by what the parameter's name says it is; all of them for a plain "id". */
    private List<Long> ids(String name) {
        if (name.contains("meeting")) {
            return List.of(meeting);
        }
        if (name.contains("pair")) {
            return pairIds;
        }
        if (name.contains("claim")) {
            return claimIds;
        }
        if (name.contains("account")) {
            return accountIds;
        }
        if (name.contains("round")) {
            return List.of(round);
        }
        return allIds();
    }

    private List<Long> allIds() {
        List<Long> all = new ArrayList<>(List.of(meeting, round));
        all.addAll(accountIds);
        all.addAll(claimIds);
        all.addAll(pairIds);
        return all.stream().distinct().toList();
    }

    private static String describe(List<Object> args) {
        List<String> shown = new ArrayList<>();
        for (Object arg : args) {
            shown.add(
                    arg instanceof long[] array
                            ? Arrays.toString(array)
                            : arg instanceof ByteArrayOutputStream
                                    ? "out"
                                    : arg instanceof MeetingSummary m
                                            ? "meeting " + m.id()
                                            : arg instanceof TopicTimeline t
                                                    ? "timeline " + t.topic()
                                                    : String.valueOf(arg));
        }
        return String.join(", ", shown);
    }

    private long userId(String username) {
        return db.fetchSingle("select id from app_user where username = ?", username)
                .get(0, Long.class);
    }
}
