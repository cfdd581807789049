package org.parallax.base.ui;

import com.vaadin.flow.component.button.Button;

/** Buttons that create or submit something. */
public final class Buttons {

    private Buttons() {}

    /**
     * One click at a time: the browser disables the button as it is clicked, so a double click sends one
     * request (two meetings or two accounts were made that way), and it is enabled again once the server
     * has answered. Call it after the button's own click listener is added: listeners run in order.
     */
    public static Button oneAtATime(Button button) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }
}
