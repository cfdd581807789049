package org.parallax.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.parallax.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a person sees when an action on a screen fails for a reason no screen handles itself: with the
 * database out of reach (restarting, failing over) a message saying so, that nothing was saved and to try
 * again shortly, instead of a click that silently does nothing; anything else a message too, and the log.
 */
@Component
class ScreenErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ScreenErrors.class);

    static final String DATABASE_AWAY =
            "The database cannot be reached just now, so nothing was saved. Try again in a few seconds.";
    static final String UNFORESEEN = "Something went wrong and nothing was saved. It is logged; try again.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ScreenErrors::handle));
    }

    static String messageFor(Throwable failure) {
        return DatabaseOutage.causedBy(failure) ? DATABASE_AWAY : UNFORESEEN;
    }

    private static void handle(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (DatabaseOutage.causedBy(failure)) {
            log.warn("A screen's action failed: the database is out of reach ({})", failure.toString());
        } else {
            log.error("A screen's action failed", failure);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && UI.getCurrent() != null) {
            Notices.refused(messageFor(failure));
        }
        // A button that disables itself on click (Buttons.oneAtATime) is enabled again by a listener after
        // the failed one, which never ran: without this the person could not try again.
        event.getComponent()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(Button::isDisableOnClick)
                .ifPresent(button -> button.setEnabled(true));
    }
}
