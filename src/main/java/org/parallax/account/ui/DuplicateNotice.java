package org.parallax.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.parallax.account.DuplicateAccount;

/** Says that the meeting has this text already, with a link to the account that has it. */
final class DuplicateNotice {

    private DuplicateNotice() {}

    static void show(Span error, DuplicateAccount duplicate) {
        error.setText(duplicate.getMessage() + " ");
        Anchor first = new Anchor("accounts/" + duplicate.existingId(), "Open that account");
        first.setTarget("_blank");
        error.add(first);
        // Below the text in a long form: brought into view, or the person sees nothing happen.
        error.scrollIntoView();
    }
}
