package org.parallax.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parallax.base.MeetingChanges;

/**
 * A screen's subscription to a meeting's change notices (other people's work arrives through Push). Notices
 * are coalesced for a moment: a burst causes one update, and the notice of the person's own change, which
 * arrives while their request is still being answered, does not hold up that answer. Closing it (or the
 * screen closing) ends it.
 */
public final class BatchedChanges implements AutoCloseable {

    private final AtomicBoolean pending = new AtomicBoolean();
    private final AutoCloseable subscription;

    private BatchedChanges(MeetingChanges changes, long meetingId, UI ui, Duration wait, Runnable update) {
        subscription = changes.subscribe(meetingId, () -> {
            if (pending.compareAndSet(false, true)) {
                CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS)
                        .execute(() -> {
                            try {
                                ui.access(() -> {
                                    pending.set(false);
                                    update.run();
                                });
                            } catch (UIDetachedException closed) {
                                // The screen was closed while the notice waited: nobody to update.
                            }
                        });
            }
        });
    }

    /** Runs {@code update} in the UI after each burst of notices about the meeting, {@code wait} after its first. */
    public static BatchedChanges subscribe(
            MeetingChanges changes, long meetingId, UI ui, Duration wait, Runnable update) {
        return new BatchedChanges(changes, meetingId, ui, wait, update);
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception ignored) {
            // Closing a subscription only removes it from a map.
        }
    }
}
