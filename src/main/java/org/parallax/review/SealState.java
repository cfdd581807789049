package org.parallax.review;

import java.util.List;

/** Whether an approval's seal holds, and if not, what changed since the editor approved. */
public record SealState(boolean holds, List<String> changed) {

    public static final SealState HOLDS = new SealState(true, List.of());

    public SealState {
        changed = List.copyOf(changed);
    }

    /** "the US claim's quote; evidence" */
    public String summary() {
        return String.join("; ", changed);
    }
}
