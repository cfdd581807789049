package org.parallax.pairing.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.parallax.base.ConflictException;
import org.parallax.base.ui.Buttons;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.DuplicateClaim;
import org.parallax.claim.NewClaim;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Confirms a selection as a claim: speaker (the account's by default), topic and kind. One per screen,
 * opened again for each selection: building and tearing down a dialog each time costs the browser more
 * than the mark itself.
 */
class MarkClaimDialog extends Dialog {

    final Paragraph preview = new Paragraph();
    final TextField speaker = new TextField("Speaker");
    final TextField topic = new TextField("Topic");
    final Select<ClaimKind> kind = new Select<>();
    final Button save = new Button("Mark claim");
    final Button move = new Button();
    final Span error = new Span();
    private Claim movable;

    private long accountId;
    private int start;
    private int end;
    private String quote;
    private AnnotatedText column;

    MarkClaimDialog(
            ClaimService claims, Consumer<Claim> onMarked, LongConsumer onMarkedBefore, Consumer<Claim> onMoved) {
        setHeaderTitle("Mark a claim");
        setWidth("min(36rem, 95vw)");
        // Not modal: a modal dialog makes the page behind it inert and, on closing, lets it live again,
        // which restyles both long texts; the comparison benchmark measured that as most of the wait.
        setModal(false);
        preview.addClassName("muted");
        topic.setPlaceholder("e.g. sanctions, verification");
        kind.setLabel("Kind");
        kind.setItems(ClaimKind.values());
        kind.setItemLabelGenerator(ClaimKind::label);
        error.addClassName("form-error");
        add(preview, new FormLayout(speaker, topic, kind), error);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                Claim claim = claims.mark(new NewClaim(
                        accountId, start, end, quote, speaker.getValue(), topic.getValue(), kind.getValue()));
                close();
                onMarked.accept(claim);
            } catch (DuplicateClaim before) {
                // Not an error to the person: the claim they meant exists; it is chosen instead.
                column.clearProvisional();
                close();
                onMarkedBefore.accept(before.existingId());
            } catch (IllegalArgumentException ex) {
                column.clearProvisional();
                error.setText(ex.getMessage());
            } catch (RuntimeException failed) {
                // Nothing was saved (the database out of reach): the claim drawn at the click goes again, and
                // the screen's error handler says why.
                column.clearProvisional();
                throw failed;
            }
        });
        Buttons.oneAtATime(save);
        // The column draws the claim at the click, in the browser (just after the click's request has left);
        // the server's answer then replaces it.
        save.getElement()
                .executeJs(
                        "this.addEventListener('click', () => this.parallaxColumn && this.parallaxColumn.drawProvisional())");
        // A claim chosen in this column can be put on the selection instead: a span corrected, its id,
        // details and pairs kept (an approved pair goes back to review).
        move.addClickListener(e -> {
            try {
                Claim moved = claims.reanchorTo(movable.id(), movable.version(), start, end);
                column.clearProvisional();
                close();
                onMoved.accept(moved);
            } catch (IllegalArgumentException | ConflictException | OptimisticLockingFailureException ex) {
                error.setText(ex.getMessage());
            }
        });
        Buttons.oneAtATime(move);
        getFooter().add(new Button("Cancel", e -> close()), move, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                topic.focus();
            }
        });
    }

    /** Opens for a selection the browser reported; the service checks it against the stored text. */
    void open(
            AnnotatedText column,
            long accountId,
            int start,
            int end,
            String quote,
            String defaultSpeaker,
            Claim movable) {
        this.column = column;
        this.movable = movable;
        move.setVisible(movable != null);
        if (movable != null) {
            String q = movable.quote();
            move.setText("Move “" + (q.length() > 30 ? q.substring(0, 30) + "…" : q) + "” here");
        }
        save.getElement().executeJs("this.parallaxColumn = $0", column.getElement());
        this.accountId = accountId;
        this.start = start;
        this.end = end;
        this.quote = quote;
        preview.setText("“" + (quote.length() > 300 ? quote.substring(0, 300) + "…" : quote) + "”");
        speaker.setValue(defaultSpeaker == null ? "" : defaultSpeaker);
        topic.clear();
        kind.setValue(ClaimKind.FACT);
        error.setText("");
        open();
    }
}
