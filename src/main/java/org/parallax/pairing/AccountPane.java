package org.parallax.pairing;

import java.util.List;
import org.parallax.account.AccountSummary;

/**
 * One column of the comparison: an account and its claims. The text itself travels separately
 * ({@link ColumnText}), fetched once by the browser, so open screens do not hold it in server memory.
 */
public record AccountPane(AccountSummary account, List<ClaimMark> claims) {
}
