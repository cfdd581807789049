package org.parallax.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;

/** Confirms a selection as a claim: speaker (the account's by default), topic and kind. */
class MarkClaimDialog extends Dialog {

    final TextField speaker = new TextField("Speaker");
    final TextField topic = new TextField("Topic");
    final Select<ClaimKind> kind = new Select<>();
    final Button save = new Button("Mark claim");
    final Span error = new Span();

    MarkClaimDialog(long accountId, int start, int end, String quote, String defaultSpeaker, ClaimService claims,
                    Consumer<Claim> onMarked) {
        setHeaderTitle("Mark a claim");
        // Not modal: a modal dialog makes the page behind it inert and, on closing, lets it live again,
        // which restyles both long texts; the comparison benchmark measured that as most of the wait.
        setModal(false);
        setWidth("min(36rem, 95vw)");
        Paragraph preview = new Paragraph("“" + (quote.length() > 300 ? quote.substring(0, 300) + "…" : quote) + "”");
        preview.addClassName("muted");
        speaker.setValue(defaultSpeaker == null ? "" : defaultSpeaker);
        topic.setPlaceholder("e.g. sanctions, verification");
        kind.setLabel("Kind");
        kind.setItems(ClaimKind.values());
        kind.setItemLabelGenerator(k -> k.name().charAt(0) + k.name().substring(1).toLowerCase());
        kind.setValue(ClaimKind.FACT);
        error.addClassName("form-error");
        add(preview, new FormLayout(speaker, topic, kind), error);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClickListener(e -> {
            try {
                onMarked.accept(claims.mark(new NewClaim(accountId, start, end, quote, speaker.getValue(),
                        topic.getValue(), kind.getValue())));
                close();
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                topic.focus();
            }
        });
    }
}
