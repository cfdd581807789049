package org.parallax.suggestion;

/**
 * Rates how likely two passages of different accounts contradict each other. The suggestions ask it only
 * about couples that share something (or oppose each other in tone); the project's own is
 * {@link LexiconScorer}. A stronger one (an NLI model served elsewhere) implements this and replaces it as
 * the Spring bean; it gets the passages' texts through {@link Reading#passage}.
 */
public interface ContradictionScorer {

    Assessment assess(Reading left, Reading right);
}
