package org.parallax.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Sends a secondary change (a list's refresh, a message) as a push of its own, after the answer to the
 * request being handled, so what the person is waiting for is not held up by it.
 * <p>
 * {@code UI.access} alone does not do this: Vaadin runs the tasks queued during a request before it writes
 * that request's answer. Here a thread first waits until the request releases the session's lock (it holds
 * it until the answer is written) and only then queues the change, which is then pushed.
 */
public final class AfterAnswer {

    /** A request that holds the lock longer than this (a test's, which never lets go) gets the change in it. */
    private static final long WAIT_MILLIS = 2_000;

    private AfterAnswer() {}

    /** @param later how long after the answer, so the browser can first draw what the answer brought */
    public static void push(long later, Command change) {
        UI ui = UI.getCurrent();
        Lock lock = ui.getSession().getLockInstance();
        Thread.ofVirtual().name("after-answer").start(() -> {
            try {
                if (lock.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    lock.unlock();
                }
                Thread.sleep(later);
                ui.access(change);
            } catch (UIDetachedException closed) {
                // The screen closed in the meantime: nobody to tell.
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
