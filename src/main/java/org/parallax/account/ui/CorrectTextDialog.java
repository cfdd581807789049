package org.parallax.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.account.CorrectionResult;
import org.parallax.base.ui.Buttons;
import org.springframework.dao.OptimisticLockingFailureException;

/** "Correct text": saves a new revision; the old text and its claims stay on record. */
class CorrectTextDialog extends Dialog {

    final TextArea text = new TextArea("Corrected text");
    final TextField note = new TextField("What was corrected");
    final Span error = new Span();
    final Button save = new Button("Save as new revision");

    CorrectTextDialog(
            AccountSummary account, String currentText, AccountService accounts, Consumer<CorrectionResult> onSaved) {
        setHeaderTitle("Correct the text of “" + account.title() + "”");
        setWidth("min(60rem, 95vw)");
        text.setValue(currentText);
        text.setWidthFull();
        text.setHeight("24rem");
        note.setWidthFull();
        note.setPlaceholder("e.g. fixed OCR errors in paragraph 2");
        error.addClassName("form-error");
        add(
                new Paragraph("The text is never edited in place: this saves revision " + (account.revisionNo() + 1)
                        + ". Claims move with the text where they are found exactly; the others are listed for you."),
                text,
                note,
                error);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                onSaved.accept(accounts.correctText(account.id(), account.version(), text.getValue(), note.getValue()));
                close();
            } catch (IllegalArgumentException | OptimisticLockingFailureException ex) {
                error.setText(ex.getMessage());
            }
        });
        Buttons.oneAtATime(save);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
