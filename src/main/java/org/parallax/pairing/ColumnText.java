package org.parallax.pairing;

import java.util.List;
import org.parallax.account.Sentence;

/** An account's current text with its sentences, as a comparison column loads it. */
public record ColumnText(String text, List<Sentence> sentences) {}
