package org.parallax.support;

import java.time.LocalDate;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.NewAccount;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.demo.DemoMeeting;
import org.parallax.meeting.MeetingFilter;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;

/**
 * A test's own meetings, accounts, claims and pairs, made through the services as a given person, so a
 * test finds what it needs by the ids it made (never by the demo's quotes or ids). Titles are made unique:
 * tests share one database per Spring context.
 */
public class TestData {

    /** The day the test meetings took place: the 2018 talks in Pyongyang. */
    public static final LocalDate TALKS = LocalDate.of(2018, 7, 6);

    private final SignedIn signedIn;
    private final MeetingService meetings;
    private final AccountService accounts;
    private final ClaimService claims;
    private final PairingService pairing;

    TestData(
            SignedIn signedIn,
            MeetingService meetings,
            AccountService accounts,
            ClaimService claims,
            PairingService pairing) {
        this.signedIn = signedIn;
        this.meetings = meetings;
        this.accounts = accounts;
        this.claims = claims;
        this.pairing = pairing;
    }

    /** The demo meeting (the 2018 talks with their two accounts), for tests of the demo a newcomer sees. */
    public long demoMeeting() {
        return signedIn.as("reviewer", () -> meetings.find(MeetingFilter.text(DemoMeeting.TITLE), 0, 1))
                .getFirst()
                .id();
    }

    /** A meeting on {@link #TALKS} whose title starts with {@code title}, made by {@code who}. */
    public long meeting(String who, String title) {
        String unique = title + " " + System.nanoTime();
        return signedIn.as(who, () -> meetings.create(new NewMeeting(unique, TALKS, null, null, null)))
                .id();
    }

    /** An English report of the party's ("{party} account"), made by {@code who}. */
    public long account(String who, long meetingId, String party, String text) {
        return account(who, meetingId, party, "en", text);
    }

    public long account(String who, long meetingId, String party, String language, String text) {
        return account(
                who,
                meetingId,
                new AccountMetadata(party, party + " account", null, null, null, null, language, AccountKind.REPORT),
                text);
    }

    /** An account with the given source details. */
    public long account(String who, long meetingId, AccountMetadata metadata, String text) {
        return signedIn.as(who, () -> accounts.add(new NewAccount(meetingId, metadata, text)))
                .account()
                .id();
    }

    /**
     * A meeting of its own with a US account ("We made progress.") and a DPRK one ("It was regrettable."),
     * and {@code who}'s draft pair of "made progress" contradicting "regrettable".
     */
    public ClaimPair draftPair(String who, String title) {
        long meeting = meeting(who, title);
        long us = account(who, meeting, "US", "We made progress.");
        long dprk = account(who, meeting, "DPRK", "It was regrettable.");
        return pair(
                who,
                claim(who, us, "made progress"),
                claim(who, dprk, "regrettable"),
                Relation.CONTRADICTS,
                "Progress against regret.");
    }

    /**
     * The 2018 talks in small, as the demo has them: a US and a DPRK account by reviewer, four claims,
     * and reviewer's draft pair of "made progress" contradicting "deeply worrying"; the other two claims
     * (committed, unilateral) unpaired. The meeting is {@code meetingAuthor}'s.
     */
    public record Talks(
            long meeting,
            long usAccount,
            long dprkAccount,
            long madeProgress,
            long worrying,
            long committed,
            long unilateral,
            ClaimPair pair) {}

    public Talks talks(String meetingAuthor, String title) {
        long meeting = meeting(meetingAuthor, title);
        long us = account(
                "reviewer",
                meeting,
                "US",
                "We made progress on almost all of the central issues. "
                        + "We remain committed to the complete denuclearization of North Korea.");
        long dprk = account(
                "reviewer",
                meeting,
                "DPRK",
                "The outcome of the first high-level talks was deeply worrying. "
                        + "The US side raised only unilateral demands for denuclearization.");
        long madeProgress = claim("reviewer", us, "made progress on almost all of the central issues");
        long worrying = claim("reviewer", dprk, "outcome of the first high-level talks was deeply worrying");
        ClaimPair pair = pair("reviewer", madeProgress, worrying, Relation.CONTRADICTS, "Progress against worry.");
        return new Talks(
                meeting,
                us,
                dprk,
                madeProgress,
                worrying,
                claim("reviewer", us, "remain committed to the complete denuclearization of North Korea"),
                claim("reviewer", dprk, "US side raised only unilateral demands for denuclearization"),
                pair);
    }

    /** A fact claim on the first occurrence of {@code quote} in the account's text. */
    public long claim(String who, long accountId, String quote) {
        String text = signedIn.as(who, () -> accounts.text(accountId));
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("“" + quote + "” is not in the account's text");
        }
        return signedIn.as(
                        who,
                        () -> claims.mark(new NewClaim(
                                accountId, start, start + quote.length(), quote, null, null, ClaimKind.FACT)))
                .id();
    }

    /** A fact claim on the span start..end (UTF-16 offsets) of the account's text. */
    public long claim(String who, long accountId, int start, int end, String quote) {
        return signedIn.as(
                        who, () -> claims.mark(new NewClaim(accountId, start, end, quote, null, null, ClaimKind.FACT)))
                .id();
    }

    /** A draft pair of two claims. */
    public ClaimPair pair(String who, long leftClaimId, long rightClaimId, Relation relation, String rationale) {
        return signedIn.as(who, () -> pairing.link(new NewPair(leftClaimId, rightClaimId, relation, rationale, null)));
    }
}
