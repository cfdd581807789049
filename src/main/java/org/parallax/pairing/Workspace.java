package org.parallax.pairing;

import java.util.List;
import org.parallax.account.AccountSummary;

/**
 * The side-by-side comparison of two accounts of a meeting. Only what the screen's frame shows: the
 * columns fetch their text ({@link ColumnText}) and claims ({@link ClaimMark}) separately, so an open
 * screen holds neither in server memory.
 */
public record Workspace(
        long meetingId,
        String meetingTitle,
        List<AccountSummary> accounts,
        AccountSummary left,
        AccountSummary right) {}
