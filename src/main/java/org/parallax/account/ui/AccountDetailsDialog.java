package org.parallax.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.FieldErrors;
import org.parallax.party.PartyService;
import org.springframework.dao.OptimisticLockingFailureException;

/** "Edit details": everything known of an account besides its text, saved on the version shown. */
class AccountDetailsDialog extends Dialog {

    final AccountMetadataForm form;
    final Button save = new Button("Save details");

    AccountDetailsDialog(
            AccountSummary account, AccountService accounts, PartyService parties, Consumer<AccountSummary> onSaved) {
        setHeaderTitle("Details of “" + account.title() + "”");
        setWidth("min(48rem, 95vw)");
        form = new AccountMetadataForm(parties.list(), true);
        form.party
                .getListDataView()
                .getItems()
                .filter(p -> p.code().equals(account.partyCode()))
                .findFirst()
                .ifPresent(form.party::setValue);
        if (account.pairCount() > 0) {
            // The service refuses it too; saying so here saves a refused save.
            form.party.setEnabled(false);
            form.party.setHelperText("Claims of this account are paired: the party stays.");
        }
        form.title.setValue(account.title());
        form.speaker.setValue(account.speaker() == null ? "" : account.speaker());
        form.publisher.setValue(account.publisher() == null ? "" : account.publisher());
        form.sourceUrl.setValue(account.sourceUrl() == null ? "" : account.sourceUrl());
        form.publishedOn.setValue(account.publishedOn());
        form.language.setValue(account.language());
        form.kind.setValue(account.kind());
        Span error = new Span();
        error.addClassName("form-error");
        FieldErrors errors = form.errors(error);
        add(form, new Span("The text changes through “Correct text”, as a new revision."), error);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                onSaved.accept(accounts.updateMetadata(account.id(), account.version(), form.value()));
                close();
            } catch (IllegalArgumentException | OptimisticLockingFailureException refused) {
                errors.show(refused);
            }
        });
        Buttons.oneAtATime(save);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
