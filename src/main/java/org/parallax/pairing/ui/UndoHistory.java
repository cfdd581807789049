package org.parallax.pairing.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The person's own last actions in comparisons during this session (mark, link, delete, no counterpart),
 * newest first, each with the change that takes it back through the same services (and so the same
 * rules and history) as any other change. Kept in the session, so a reload of the page keeps it.
 */
final class UndoHistory {

    /** How many actions back a person can go. */
    private static final int DEPTH = 20;

    /**
     * One action: what it was ("linking …") and how to take it back. Compared by identity: two actions
     * alike are still two.
     */
    static final class Step {
        private final long meetingId;
        private final String what;
        private final Runnable undo;

        Step(long meetingId, String what, Runnable undo) {
            this.meetingId = meetingId;
            this.what = what;
            this.undo = undo;
        }

        long meetingId() {
            return meetingId;
        }

        String what() {
            return what;
        }

        Runnable undo() {
            return undo;
        }
    }

    private final Deque<Step> steps = new ArrayDeque<>();

    static UndoHistory ofSession() {
        VaadinSession session = VaadinSession.getCurrent();
        UndoHistory history = session.getAttribute(UndoHistory.class);
        if (history == null) {
            history = new UndoHistory();
            session.setAttribute(UndoHistory.class, history);
        }
        return history;
    }

    synchronized void add(Step step) {
        steps.push(step);
        while (steps.size() > DEPTH) {
            steps.removeLast();
        }
    }

    /** Takes the newest action of the meeting off the history, if there is one. */
    synchronized Step pop(long meetingId) {
        for (Iterator<Step> it = steps.iterator(); it.hasNext(); ) {
            Step step = it.next();
            if (step.meetingId() == meetingId) {
                it.remove();
                return step;
            }
        }
        return null;
    }

    /** Forgets a step whose "Undo" button was used (it may no longer be the newest). */
    synchronized boolean remove(Step step) {
        return steps.remove(step);
    }
}
