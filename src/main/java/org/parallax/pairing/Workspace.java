package org.parallax.pairing;

import java.util.List;
import org.parallax.account.AccountSummary;

/** The side-by-side comparison of two accounts of a meeting, with the meeting's pairs. */
public record Workspace(long meetingId, String meetingTitle, List<AccountSummary> accounts, AccountPane left, AccountPane right,
                        List<ClaimPair> pairs) {
}
