package org.parallax.base;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open screens that a meeting changed. The database sends the notice (NOTIFY on commit of every
 * audited change, see V006), so it reaches every app instance that shares the database, not only this
 * one. One connection per instance listens; subscribers are called on its thread and must hand work to
 * their UI themselves.
 */
@Component
public class MeetingChanges {

    static final String CHANNEL = "parallax_changes";
    private static final Logger log = LoggerFactory.getLogger(MeetingChanges.class);
    private static final int POLL_MILLIS = 250;

    private final DataSource dataSource;
    private final Map<Long, Set<Runnable>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private Thread listener;

    MeetingChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Calls {@code onChange} after every committed change to the meeting, until the returned handle is closed. */
    public AutoCloseable subscribe(long meetingId, Runnable onChange) {
        subscribers
                .computeIfAbsent(meetingId, id -> new CopyOnWriteArraySet<>())
                .add(onChange);
        return () -> subscribers.computeIfPresent(meetingId, (id, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        listener = Thread.ofPlatform().daemon().name("meeting-changes").start(this::listen);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.join(2_000);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Listening for meeting changes failed ({}); retrying in 2 s", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    private void dispatch(String payload) {
        try {
            Set<Runnable> listeners = subscribers.get(Long.parseLong(payload));
            if (listeners != null) {
                listeners.forEach(this::runSafely);
            }
        } catch (NumberFormatException ignored) {
            // Not ours.
        }
    }

    private void runSafely(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            log.warn("A meeting-change subscriber failed", e);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
