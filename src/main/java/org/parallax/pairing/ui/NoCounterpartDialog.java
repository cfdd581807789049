package org.parallax.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.parallax.base.ui.Buttons;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimService;
import org.parallax.pairing.ChosenClaim;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Marks a claim as having no counterpart in the other account (the omission ledger), or clears the mark. */
class NoCounterpartDialog extends Dialog {

    final TextArea note = new TextArea("Why is the other account silent about it?");
    final Span error = new Span();

    NoCounterpartDialog(ChosenClaim chosen, ClaimService claims, Consumer<Claim> onSaved) {
        var claim = chosen.claim();
        boolean marked = claim.noCounterpart();
        setHeaderTitle(marked ? "Clear “no counterpart”" : "No counterpart");
        setWidth("min(36rem, 95vw)");
        note.setWidthFull();
        error.addClassName("form-error");
        add(new Paragraph("“" + claim.quote() + "”"));
        if (marked) {
            add(new Paragraph("Noted: " + claim.noCounterpartNote()));
        } else {
            add(note);
        }
        add(error);
        Button save = new Button(marked ? "Clear the mark" : "Mark “no counterpart”", e -> {
            try {
                onSaved.accept(claims.setNoCounterpart(claim.id(), claim.version(), !marked, note.getValue()));
                close();
            } catch (IllegalArgumentException | OptimisticLockingFailureException | AccessDeniedException ex) {
                error.setText(ex.getMessage());
            }
        });
        Buttons.oneAtATime(save);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
