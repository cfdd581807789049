package org.parallax.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.parallax.account.AccountService;
import org.parallax.account.DuplicateAccount;
import org.parallax.account.ImportResult;
import org.parallax.base.ui.Buttons;
import org.parallax.party.PartyService;

/** Makes the selected passage of a source document an account of a chosen party. */
class ExcerptDialog extends Dialog {

    final AccountMetadataForm form;
    final Button create = new Button("Make account");
    final Span error = new Span();

    ExcerptDialog(
            long sourceId,
            int start,
            int end,
            String passage,
            AccountService accounts,
            PartyService parties,
            Consumer<ImportResult> onCreated) {
        setHeaderTitle("Make the selection an account");
        setWidth("min(56rem, 95vw)");
        form = new AccountMetadataForm(parties.list(), true);
        String preview = passage.length() > 400 ? passage.substring(0, 400) + "…" : passage;
        Paragraph quote = new Paragraph("“" + preview + "” (" + passage.length() + " characters)");
        quote.addClassName("muted");
        error.addClassName("form-error");
        add(quote, form, error);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            try {
                onCreated.accept(accounts.excerpt(sourceId, start, end, form.value()));
                close();
            } catch (DuplicateAccount duplicate) {
                DuplicateNotice.show(error, duplicate);
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        Buttons.oneAtATime(create);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
