package org.parallax.suggestion;

import java.util.List;

/** A scorer's view of two passages: how likely they contradict each other (0 to 1), and why. */
public record Assessment(double score, List<Reason> reasons) {

    static final Assessment NONE = new Assessment(0, List.of());
}
