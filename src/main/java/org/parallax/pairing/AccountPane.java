package org.parallax.pairing;

import java.util.List;
import org.parallax.account.AccountSummary;
import org.parallax.account.Sentence;

/** One column of the comparison: an account's current text, its claims and its sentences. */
public record AccountPane(AccountSummary account, String text, List<ClaimMark> claims, List<Sentence> sentences) {
}
