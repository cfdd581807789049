package org.parallax.report;

import org.parallax.account.AccountSummary;

/** How many of an account's claims the report accounts for: in one of its pairs, or in its omission ledger. */
public record AccountCoverage(AccountSummary account, int covered) {

    public double share() {
        return account.claimCount() == 0 ? 0 : (double) covered / account.claimCount();
    }

    public int percent() {
        return (int) Math.round(share() * 100);
    }
}
