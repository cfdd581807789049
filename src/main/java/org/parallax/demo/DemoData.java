package org.parallax.demo;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.account.NewAccount;
import org.parallax.base.DemoMode;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.meeting.NewMeeting;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.review.Decision;
import org.parallax.review.ReviewService;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.parallax.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, loads the demo users and one meeting once: the first DPRK–US high-level talks
 * (Pyongyang, 6–7 July 2018), with a short US and a short DPRK account written in our own words
 * (paraphrases of the public positions), a few claims and one example pair. It goes through the same
 * services people use, signed in as the demo users, so every row is checked and audited.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "parallax-demo";

    static final String US_TEXT = """
            Before leaving Pyongyang, the Secretary of State told reporters that the two days of talks had been \
            productive and held in good faith. He said the delegations made progress on almost all of the central \
            issues, while some questions still need more work.

            Both sides, he said, remain committed to the complete denuclearization of North Korea that the leaders \
            agreed on at the Singapore summit. The two teams agreed to set up working groups on verification and on \
            the return of the remains of American service members.

            He added that sanctions will stay in place until final, fully verified denuclearization is achieved.""";

    static final String DPRK_TEXT = """
            A spokesperson of the DPRK Foreign Ministry said that the outcome of the first high-level talks was \
            deeply worrying. The DPRK side had expected the US to bring constructive ideas in the spirit of the \
            Singapore summit.

            Instead, the statement says, the US side raised only unilateral demands for denuclearization, such as \
            declarations and verification, and did not respond to the DPRK's proposals for balanced, step-by-step \
            measures, including an end-of-war declaration.

            The spokesperson called the US attitude regrettable and warned that the talks had brought the two sides \
            to a dangerous point that could shake the will for denuclearization.""";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoMode demoMode;
    private final DemoSettings settings;
    private final UserAccounts users;
    private final MeetingService meetings;
    private final AccountService accounts;
    private final ClaimService claims;
    private final PairingService pairing;
    private final ReviewService reviews;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;

    DemoData(
            DemoMode demoMode,
            DemoSettings settings,
            UserAccounts users,
            MeetingService meetings,
            AccountService accounts,
            ClaimService claims,
            PairingService pairing,
            ReviewService reviews,
            TransactionTemplate transaction,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.demoMode = demoMode;
        this.settings = settings;
        this.users = users;
        this.meetings = meetings;
        this.accounts = accounts;
        this.claims = claims;
        this.pairing = pairing;
        this.reviews = reviews;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            users.ensureUser("reviewer", "Riley Reviewer", Roles.REVIEWER, PASSWORD);
            // A second reviewer, so a newcomer can try a blind agreement round with the demo users alone.
            users.ensureUser("reviewer2", "Robin Reviewer", Roles.REVIEWER, PASSWORD);
            users.ensureUser("editor", "Eden Editor", Roles.EDITOR, PASSWORD);
            users.ensureUser("admin", "Administrator", Roles.ADMIN, PASSWORD);
            if (settings.isLoaded()) {
                return;
            }
            loadMeeting();
            settings.markLoaded();
            log.info(
                    "Loaded the demo meeting '{}'; sign in as reviewer, reviewer2, editor or admin with '{}'",
                    DemoMeeting.TITLE,
                    PASSWORD);
        });
    }

    private void loadMeeting() {
        MeetingSummary meeting = as(
                "admin",
                () -> meetings.create(new NewMeeting(
                        DemoMeeting.TITLE,
                        LocalDate.of(2018, 7, 6),
                        LocalDate.of(2018, 7, 7),
                        "Pyongyang",
                        "The first high-level talks after the Singapore summit. Demo data: both accounts are paraphrases "
                                + "written for Parallax, not the original texts.")));
        Demo demo = as("reviewer", () -> {
            AccountSummary us = accounts.add(new NewAccount(
                            meeting.id(),
                            new AccountMetadata(
                                    "US",
                                    "Secretary of State's remarks on leaving Pyongyang (paraphrase)",
                                    "US Secretary of State",
                                    "US Department of State",
                                    null,
                                    LocalDate.of(2018, 7, 7),
                                    "en",
                                    AccountKind.OFFICIAL_STATEMENT),
                            US_TEXT))
                    .account();
            AccountSummary dprk = accounts.add(new NewAccount(
                            meeting.id(),
                            new AccountMetadata(
                                    "DPRK",
                                    "Foreign Ministry spokesperson's statement on the talks (paraphrase)",
                                    "DPRK Foreign Ministry spokesperson",
                                    "KCNA",
                                    null,
                                    LocalDate.of(2018, 7, 7),
                                    "en",
                                    AccountKind.OFFICIAL_STATEMENT),
                            DPRK_TEXT))
                    .account();

            Claim progress =
                    mark(us, "made progress on almost all of the central issues", "talks", ClaimKind.CHARACTERISATION);
            Claim committed = mark(
                    us,
                    "remain committed to the complete denuclearization of North Korea",
                    "denuclearization",
                    ClaimKind.COMMITMENT);
            Claim workingGroups =
                    mark(us, "agreed to set up working groups on verification", "verification", ClaimKind.FACT);
            Claim worrying = mark(
                    dprk,
                    "the outcome of the first high-level talks was deeply worrying",
                    "talks",
                    ClaimKind.CHARACTERISATION);
            Claim unilateral = mark(
                    dprk,
                    "the US side raised only unilateral demands for denuclearization",
                    "denuclearization",
                    ClaimKind.CHARACTERISATION);
            Claim regrettable = mark(dprk, "called the US attitude regrettable", "talks", ClaimKind.CHARACTERISATION);

            pairing.link(new NewPair(
                    progress.id(),
                    worrying.id(),
                    Relation.CONTRADICTS,
                    "The US readout describes progress on almost all central issues; the DPRK statement calls the "
                            + "outcome of the same talks deeply worrying.",
                    "talks"));
            // A newcomer sees the whole loop: reviewer's pair approved for the report, and (below) another
            // reviewer's pair waiting in the editor's queue.
            ClaimPair approved = pairing.link(new NewPair(
                    workingGroups.id(),
                    regrettable.id(),
                    Relation.PARTLY_CONTRADICTS,
                    "The US reports an agreement on working groups for verification; the DPRK calls the US "
                            + "attitude in the same talks regrettable.",
                    "verification"));
            return new Demo(pairing.submit(approved.id(), approved.version()), committed, unilateral);
        });
        as("reviewer2", () -> {
            ClaimPair waiting = pairing.link(new NewPair(
                    demo.committed().id(),
                    demo.unilateral().id(),
                    Relation.PARTLY_CONTRADICTS,
                    "The US presents denuclearization as a commitment both sides share; the DPRK calls the US "
                            + "demands for it unilateral.",
                    "denuclearization"));
            return pairing.submit(waiting.id(), waiting.version());
        });
        as(
                "editor",
                () -> reviews.decide(
                        demo.toApprove().id(),
                        demo.toApprove().version(),
                        Decision.APPROVE,
                        "Both readouts checked against the published texts."));
    }

    /** What the demo's first part leaves for the others to act on. */
    private record Demo(ClaimPair toApprove, Claim committed, Claim unilateral) {}

    private Claim mark(AccountSummary account, String quote, String topic, ClaimKind kind) {
        String text = accounts.text(account.id());
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalStateException("Demo quote not found: " + quote);
        }
        return claims.mark(
                new NewClaim(account.id(), start, start + quote.length(), quote, account.speaker(), topic, kind));
    }

    private <T> T as(String username, Supplier<T> work) {
        var principal = users.loadUserByUsername(username);
        var strategy = currentUser.strategy();
        var previous = strategy.getContext();
        var context = strategy.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
