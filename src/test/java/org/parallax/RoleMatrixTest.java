package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.agreement.AgreementService;
import org.parallax.agreement.Settlement;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimEdit;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.history.HistoryService;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.pairing.WorkspaceService;
import org.parallax.party.PartyService;
import org.parallax.preference.PreferenceService;
import org.parallax.report.ReportService;
import org.parallax.review.Decision;
import org.parallax.review.ReviewService;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchService;
import org.parallax.security.UserService;
import org.parallax.suggestion.SuggestionKey;
import org.parallax.suggestion.SuggestionService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every service action against every role, on the server: allowed ones succeed, forbidden ones are
 * refused and logged. The matrix is the table in {@link #ACTIONS}: an action and the least role that may
 * do it; roles nest (admin ⊃ editor ⊃ reviewer), visitors who have not signed in may do nothing.
 */
@DatabaseTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class RoleMatrixTest {

    static final List<String> ROLES = List.of("visitor", "reviewer", "editor", "admin");

    /** Action name → least role allowed. */
    static final Map<String, String> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("read a meeting", "reviewer");
        ACTIONS.put("create a meeting", "reviewer");
        ACTIONS.put("read an uploaded file's text", "reviewer");
        ACTIONS.put("read an account's text", "reviewer");
        ACTIONS.put("mark a claim", "reviewer");
        ACTIONS.put("open the comparison", "reviewer");
        ACTIONS.put("link two claims", "reviewer");
        ACTIONS.put("read my pairs", "reviewer");
        ACTIONS.put("search", "reviewer");
        ACTIONS.put("read suggested contradictions", "reviewer");
        ACTIONS.put("dismiss a suggested contradiction", "reviewer");
        ACTIONS.put("accept a suggested contradiction", "reviewer");
        ACTIONS.put("mark many claims at once", "reviewer");
        ACTIONS.put("submit all my drafts of a meeting", "reviewer");
        ACTIONS.put("choose where my pairs list goes", "reviewer");
        ACTIONS.put("comment on a pair", "reviewer");
        ACTIONS.put("read a pair's history", "reviewer");
        ACTIONS.put("list parties", "reviewer");
        ACTIONS.put("read report summaries", "reviewer");
        ACTIONS.put("read the review queue", "editor");
        ACTIONS.put("approve a submitted pair", "editor");
        ACTIONS.put("reopen an approved pair", "editor");
        ACTIONS.put("ask for a blind second pairing", "editor");
        // The demo meeting is the admin's and its claims the reviewer's: others' work, for the roles below editor.
        ACTIONS.put("edit another person's meeting", "editor");
        ACTIONS.put("archive another person's meeting", "editor");
        ACTIONS.put("delete another person's meeting", "editor");
        ACTIONS.put("mark another person's claim as without counterpart", "editor");
        ACTIONS.put("edit another person's claim", "editor");
        ACTIONS.put("delete another person's claim", "editor");
        ACTIONS.put("see what deleting a claim takes with it", "reviewer");
        ACTIONS.put("read a claim's candidate places", "reviewer");
        ACTIONS.put("edit another person's account", "editor");
        ACTIONS.put("delete another person's account", "editor");
        ACTIONS.put("read an approval's seal", "reviewer");
        ACTIONS.put("check the approval seals of a meeting", "reviewer");
        ACTIONS.put("read a meeting's settled agreement rounds", "reviewer");
        ACTIONS.put("settle an agreement round", "editor");
        ACTIONS.put("read failed sign-ins", "admin");
        ACTIONS.put("create a party", "admin");
        ACTIONS.put("read a party", "reviewer");
        ACTIONS.put("list users", "admin");
        ACTIONS.put("read a user", "admin");
    }

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    SearchService search;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    DSLContext db;

    @Autowired
    MeetingService meetings;

    @Autowired
    AccountService accounts;

    @Autowired
    ClaimService claims;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    PairingService pairing;

    @Autowired
    ReviewService reviews;

    @Autowired
    HistoryService history;

    @Autowired
    PartyService parties;

    @Autowired
    ReportService reports;

    @Autowired
    UserService users;

    @Autowired
    AgreementService agreement;

    @Autowired
    PreferenceService preferences;

    long meeting;
    long usAccount;
    long dprkAccount;
    long demoPair;
    long usClaim;
    long dprkClaim;

    @BeforeEach
    void meetingOfAnotherPerson() {
        // Made by admin, so for reviewers and editors it is another person's meeting; the pair is reviewer's.
        TestData.Talks talks = data.talks("admin", "Matrix talks");
        meeting = talks.meeting();
        usAccount = talks.usAccount();
        dprkAccount = talks.dprkAccount();
        demoPair = talks.pair().id();
        usClaim = talks.committed();
        dprkClaim = talks.unilateral();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        ACTIONS.forEach((action, least) -> ROLES.forEach(
                role -> cells.add(Arguments.of(action, role, ROLES.indexOf(role) >= ROLES.indexOf(least)))));
        return cells.stream();
    }

    @ParameterizedTest(name = "{1} may {0}: {2}")
    @MethodSource("matrix")
    void every_action_is_allowed_or_refused_on_the_server_by_role(
            String action, String role, boolean allowed, CapturedOutput output) {
        Supplier<Object> work = action(action);
        Supplier<Object> asRole = () -> role.equals("visitor") ? signedIn.asVisitor(work) : signedIn.as(role, work);
        if (allowed) {
            assertThatCode(asRole::get).as(role + " may " + action).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(asRole::get).as(role + " may not " + action).isInstanceOf(AccessDeniedException.class);
            assertThat(output.getOut())
                    .as("the refusal is logged")
                    .contains("Refused: " + (role.equals("visitor") ? "anonymous" : role) + " may not ");
        }
    }

    private Supplier<Object> action(String name) {
        return switch (name) {
            case "read a meeting" -> () -> meetings.get(meeting);
            case "read an uploaded file's text" ->
                () -> accounts.extract("remarks.txt", "The talks were productive.".getBytes(StandardCharsets.UTF_8));
            case "create a meeting" ->
                () -> meetings.create(new NewMeeting("Matrix talks", LocalDate.of(2018, 7, 6), null, null, null));
            case "read an account's text" -> () -> accounts.text(usAccount);
            case "mark a claim" -> () -> claims.mark(firstSixCharacters());
            case "open the comparison" -> () -> workspaces.open(meeting, null, null);
            case "link two claims" ->
                () -> pairing.link(new NewPair(usClaim, dprkClaim, Relation.CONTRADICTS, "Matrix", null));
            case "read my pairs" -> () -> reviews.myPairs();
            case "search" -> () -> search.search(SearchQuery.of("progress"));
            case "read suggested contradictions" -> () -> suggestions.suggest(meeting, usAccount, dprkAccount, 5);
            case "dismiss a suggested contradiction" ->
                () -> {
                    suggestions.dismiss(meeting, new SuggestionKey(usAccount, 0, 6, dprkAccount, 0, 6));
                    return null;
                };
            case "accept a suggested contradiction" ->
                () -> pairing.accept(
                        meeting,
                        new SuggestionKey(usAccount, 0, 6, dprkAccount, 0, 6),
                        Relation.CONTRADICTS,
                        "Matrix",
                        null);
            case "mark many claims at once" -> () -> claims.markAll(usAccount, List.of(firstSixCharacters()));
            case "submit all my drafts of a meeting" -> () -> pairing.submitMyDrafts(meeting, null);
            case "choose where my pairs list goes" ->
                () -> {
                    preferences.setPairsPlacement(preferences.pairsPlacement());
                    return null;
                };
            case "comment on a pair" -> () -> reviews.comment(demoPair, "Checked against the transcript.");
            case "read a pair's history" -> () -> history.ofPair(demoPair);
            case "list parties" -> () -> parties.list();
            case "read a party" -> () -> parties.get(parties.list().getFirst().id());
            case "read report summaries" -> () -> reports.summaries();
            case "read the review queue" -> () -> reviews.queue();
            case "approve a submitted pair" ->
                () -> {
                    db.execute("update claim_pair set status = 'SUBMITTED' where id = ?", demoPair);
                    int version = db.fetchSingle("select version from claim_pair where id = ?", demoPair)
                            .get(0, Integer.class);
                    return reviews.decide(demoPair, version, Decision.APPROVE, null);
                };
            case "reopen an approved pair" ->
                () -> {
                    db.execute("update claim_pair set status = 'APPROVED' where id = ?", demoPair);
                    int version = db.fetchSingle("select version from claim_pair where id = ?", demoPair)
                            .get(0, Integer.class);
                    return reviews.reopen(demoPair, version, "Matrix");
                };
            case "ask for a blind second pairing" ->
                () -> agreement.request(
                        meeting,
                        db.fetchSingle("select id from app_user where username = 'reviewer'")
                                .get(0, Long.class),
                        db.fetchSingle("select id from app_user where username = 'admin'")
                                .get(0, Long.class));
            case "edit another person's meeting" ->
                () -> {
                    var m = meetings.get(meeting);
                    return meetings.update(
                            meeting,
                            m.version(),
                            new NewMeeting(
                                    m.title() + " (edited)", m.startsOn(), m.endsOn(), m.location(), m.description()));
                };
            case "archive another person's meeting" ->
                () -> meetings.setArchived(meeting, meetings.get(meeting).version(), true);
            case "delete another person's meeting" ->
                () -> {
                    meetings.delete(meeting);
                    return null;
                };
            case "mark another person's claim as without counterpart" ->
                () -> {
                    long adminsClaim = adminsClaim();
                    return claims.setNoCounterpart(
                            adminsClaim, claims.get(adminsClaim).version(), true, "Silent on it");
                };
            case "edit another person's claim" ->
                () -> {
                    Claim adminsClaim = claims.get(adminsClaim());
                    return claims.edit(
                            adminsClaim.id(),
                            adminsClaim.version(),
                            ClaimEdit.details(adminsClaim, "Matrix", null, ClaimKind.DEMAND));
                };
            case "delete another person's claim" ->
                () -> {
                    long adminsClaim = adminsClaim();
                    return claims.delete(adminsClaim, claims.get(adminsClaim).version());
                };
            case "see what deleting a claim takes with it" -> () -> claims.removalOf(usClaim);
            case "read a claim's candidate places" -> () -> claims.candidates(usClaim);
            case "edit another person's account" ->
                () -> {
                    AccountSummary a = accounts.get(adminsAccount());
                    return accounts.updateMetadata(
                            a.id(),
                            a.version(),
                            new AccountMetadata(
                                    a.partyCode(), "Matrix", null, null, null, null, "en", AccountKind.REPORT));
                };
            case "delete another person's account" ->
                () -> {
                    long adminsAccount = adminsAccount();
                    return accounts.delete(
                            adminsAccount, accounts.get(adminsAccount).version());
                };
            case "read an approval's seal" -> () -> reviews.seal(demoPair);
            case "check the approval seals of a meeting" ->
                () -> {
                    reviews.checkSeals(meeting);
                    return null;
                };
            case "read a meeting's settled agreement rounds" -> () -> agreement.settledRounds(meeting);
            case "settle an agreement round" ->
                () -> {
                    // The demo pair is the first reviewer's; the second has paired nothing: they differ on it.
                    long round = signedIn.as(
                                    "editor", () -> agreement.request(meeting, userId("reviewer"), userId("reviewer2")))
                            .id();
                    var couple = db.fetchSingle(
                            "select least(left_claim_id, right_claim_id), greatest(left_claim_id, right_claim_id) "
                                    + "from claim_pair where id = ?",
                            demoPair);
                    return agreement.settle(
                            round, couple.get(0, Long.class), couple.get(1, Long.class), Settlement.FIRST);
                };
            case "read failed sign-ins" -> () -> users.recentFailedSignIns();
            case "create a party" -> () -> parties.create("MTX", "Matrix", "#123456");
            case "list users" -> () -> users.list();
            case "read a user" -> () -> users.get(1);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A claim marked by admin, so another person's for every role below. */
    private long adminsClaim() {
        return signedIn.as("admin", () -> claims.mark(firstSixCharacters())).id();
    }

    /** The first six characters of the US account as a claim. */
    private NewClaim firstSixCharacters() {
        String quote = db.fetchSingle(
                        "select substr(text, 1, 6) from account_revision where account_id = ? order by revision_no desc limit 1",
                        usAccount)
                .get(0, String.class);
        return new NewClaim(usAccount, 0, 6, quote, null, null, ClaimKind.FACT);
    }

    /** An account imported by admin, so another person's for every role below. */
    private long adminsAccount() {
        return data.account("admin", meeting, "OTHER", "An observer's note on the talks.");
    }

    private long userId(String username) {
        return db.fetchSingle("select id from app_user where username = ?", username)
                .get(0, Long.class);
    }
}
