package org.parallax.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.parallax.base.ConflictException;
import org.parallax.base.DatabaseRefusal;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The app's short messages: a success at the bottom, a refusal in the middle, in one style everywhere. */
public final class Notices {

    private Notices() {}

    public static void done(String message) {
        Notification.show(message, readingTime(message, 3000), Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    /**
     * A success that can be taken back: the message with an "Undo" button, shown as long as the other
     * successes and closed by the button.
     *
     * @return closes the message (the action was taken back another way)
     */
    public static Runnable undoable(String message, Runnable undo) {
        Notification notification = new Notification();
        notification.setDuration(readingTime(message, 5000));
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        Button button = new Button("Undo", e -> {
            notification.close();
            undo.run();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.getElement().getStyle().set("margin-left", "var(--lumo-space-m)");
        notification.add(new Span(message), button);
        notification.open();
        return notification::close;
    }

    public static void refused(String message) {
        Notification.show(message, readingTime(message, 5000), Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    /** Long enough to read the message (about 15 characters a second), within 10 seconds. */
    private static int readingTime(String message, int atLeast) {
        return Math.min(10_000, Math.max(atLeast, message.length() * 65));
    }

    /**
     * Runs a change a service may refuse (bad input, someone else's newer save, a role that may not,
     * a row the database refuses) and shows the refusal's message; nothing else is caught.
     *
     * @return whether the change went through
     */
    public static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (IllegalArgumentException
                | OptimisticLockingFailureException
                | AccessDeniedException
                | ConflictException refusal) {
            refused(refusal.getMessage());
            return false;
        } catch (DataIntegrityViolationException refusal) {
            // The database's own rules are the second line; the person still needs to know nothing was saved.
            LoggerFactory.getLogger(Notices.class).warn("The database refused a change", refusal);
            refused("Nothing was saved: the database refused the change because it would break a rule of the record ("
                    + DatabaseRefusal.constraint(refusal)
                            .map(c -> c.replace('_', ' '))
                            .orElse("a database rule")
                    + "). Reload the page and try again.");
            return false;
        }
    }
}
