package org.parallax.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.FieldErrors;
import org.parallax.claim.Claim;
import org.parallax.history.HistoryLine;
import org.parallax.history.HistoryService;
import org.parallax.pairing.BlindPairing;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewEvidence;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Links two claims into a draft pair, or edits a draft: relation, topic, rationale, evidence. One per
 * screen, opened again each time: building and tearing down a dialog costs the browser more than the link.
 */
class LinkDialog extends Dialog {

    final Paragraph leftQuote = new Paragraph();
    final Paragraph rightQuote = new Paragraph();
    private final Span leftWho = new Span();
    private final Span rightWho = new Span();
    final RadioButtonGroup<Relation> relation = new RadioButtonGroup<>("Relation");
    final TextField topic = new TextField("Topic");
    final TextArea rationale = new TextArea("Rationale");
    final Div evidenceRows = new Div();
    private final Div evidenceSection = new Div();
    final List<TextField[]> evidence = new ArrayList<>();
    final Button save = new Button();
    final Span error = new Span();
    /** What the editor said last, above the form, when the author opens a pair sent back to fix it. */
    final Paragraph editorsNote = new Paragraph();

    private final HistoryService histories;
    private FieldErrors errors;

    private Claim left;
    private Claim right;
    private ClaimPair existing;
    private List<AnnotatedText> columns = List.of();

    /** Told of a saved pair; {@code created} is false when an existing draft was edited. */
    interface SavedListener {
        void saved(ClaimPair pair, boolean created);
    }

    /** Told of a pair kept for an agreement round, when the person pairs the meeting blind. */
    interface BlindListener {
        void savedBlind(long leftClaimId, long rightClaimId, Relation relation, BlindPairing pairing);
    }

    /** A blind second reviewer's links go to their agreement round. */
    private boolean blind;

    void setBlind(boolean blind) {
        this.blind = blind;
        // An agreement round compares relations; evidence is added to the pair that the settlement keeps.
        evidenceSection.setVisible(!blind);
    }

    LinkDialog(PairingService pairing, HistoryService histories, SavedListener onSaved, BlindListener onBlind) {
        this.histories = histories;
        // Not modal: a modal dialog makes the page behind it inert and, on closing, lets it live again,
        // which restyles both long texts; the comparison benchmark measured that as most of the wait.
        setModal(false);
        setWidth("min(44rem, 95vw)");
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(Relation::label);
        rationale.setWidthFull();
        rationale.setHelperText("Required unless the claims are consistent");
        topic.setWidthFull();
        Button addEvidence = new Button("Add evidence", e -> addEvidenceRow(null));
        addEvidence.addThemeVariants(ButtonVariant.TERTIARY);
        error.addClassName("form-error");
        evidenceSection.add(new H4("Evidence"), evidenceRows, addEvidence);
        leftWho.addClassName("who");
        rightWho.addClassName("who");
        Div leftSide = new Div(leftWho, leftQuote);
        Div rightSide = new Div(rightWho, rightQuote);
        leftSide.addClassName("link-quote");
        rightSide.addClassName("link-quote");
        editorsNote.addClassName("editors-note");
        add(editorsNote, leftSide, rightSide, relation, topic, rationale, evidenceSection, error);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                List<NewEvidence> items = evidence.stream()
                        .map(f -> new NewEvidence(f[0].getValue(), f[1].getValue(), f[2].getValue()))
                        .toList();
                if (blind && existing == null) {
                    BlindPairing kept = pairing.linkBlind(new NewPair(
                            left.id(), right.id(), relation.getValue(), rationale.getValue(), topic.getValue(), items));
                    close();
                    onBlind.savedBlind(left.id(), right.id(), relation.getValue(), kept);
                    return;
                }
                ClaimPair saved = existing == null
                        ? pairing.link(new NewPair(
                                left.id(),
                                right.id(),
                                relation.getValue(),
                                rationale.getValue(),
                                topic.getValue(),
                                items))
                        : pairing.update(
                                existing.id(),
                                existing.version(),
                                relation.getValue(),
                                rationale.getValue(),
                                topic.getValue(),
                                items);
                close();
                onSaved.saved(saved, existing == null);
            } catch (IllegalArgumentException | OptimisticLockingFailureException ex) {
                columns.forEach(AnnotatedText::clearProvisional);
                errors.show(ex);
            } catch (RuntimeException failed) {
                // Nothing was saved (the database out of reach): the pair drawn at the click goes again, and
                // the screen's error handler says why.
                columns.forEach(AnnotatedText::clearProvisional);
                throw failed;
            }
        });
        Buttons.oneAtATime(save);
        // The columns repaint the chosen claims as paired at the click, in the browser (just after the click's
        // request has left); the server's answer then replaces them. The relation's token travels on the
        // group as an attribute, so the browser never derives it from a visible label.
        relation.addValueChangeListener(e -> relation.getElement()
                .setAttribute(
                        "data-token", e.getValue() == null ? "" : e.getValue().token()));
        save.getElement().executeJs("""
                this.addEventListener('click', () => {
                  const token = this.parallaxRelation ? this.parallaxRelation.getAttribute('data-token') : null;
                  (this.parallaxColumns || []).forEach(c => c.drawProvisionalLink(token || null));
                })""");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /**
     * Opens for two claims, to link them ({@code existing} null) or to edit their draft pair; each quote
     * comes with who said it ("United States · Secretary of State").
     */
    void open(
            List<AnnotatedText> columns,
            Claim left,
            String leftSaidBy,
            Claim right,
            String rightSaidBy,
            ClaimPair existing,
            List<NewEvidence> existingEvidence) {
        this.columns = columns;
        save.getElement()
                .executeJs(
                        "this.parallaxColumns = $0 ? [$0, $1] : []; this.parallaxRelation = $2",
                        columns.isEmpty() ? null : columns.get(0).getElement(),
                        columns.isEmpty() ? null : columns.get(1).getElement(),
                        relation.getElement());
        this.left = left;
        this.right = right;
        this.existing = existing;
        setHeaderTitle(existing == null ? "Link the two claims" : "Edit the pair");
        save.setText(existing != null ? "Save" : blind ? "Link for the agreement round" : "Link as draft pair");
        String note = existing == null
                ? null
                : histories
                        .lastDecision(existing.id())
                        .map(HistoryLine::sentence)
                        .orElse(null);
        editorsNote.setText(note == null ? "" : note);
        editorsNote.setVisible(note != null);
        leftWho.setText(leftSaidBy);
        rightWho.setText(rightSaidBy);
        leftQuote.setText("“" + left.quote() + "”");
        rightQuote.setText("“" + right.quote() + "”");
        relation.setValue(existing == null ? Relation.CONTRADICTS : existing.relation());
        String topicNow = existing != null ? existing.topic() : left.topic();
        topic.setValue(topicNow == null ? "" : topicNow);
        rationale.setValue(existing == null || existing.rationale() == null ? "" : existing.rationale());
        evidence.clear();
        evidenceRows.removeAll();
        errors = new FieldErrors(error)
                .at("relation", relation)
                .at("topic", topic)
                .at("rationale", rationale);
        existingEvidence.forEach(this::addEvidenceRow);
        errors.clear();
        open();
    }

    private void addEvidenceRow(NewEvidence value) {
        TextField url = new TextField("Link");
        url.setPlaceholder("https://…");
        TextField title = new TextField("Title");
        TextField note = new TextField("Note");
        if (value != null) {
            url.setValue(value.url() == null ? "" : value.url());
            title.setValue(value.title() == null ? "" : value.title());
            note.setValue(value.note() == null ? "" : value.note());
        }
        String row = "evidence." + evidence.size() + ".";
        errors.at(row + "url", url).at(row + "title", title).at(row + "note", note);
        evidence.add(new TextField[] {url, title, note});
        evidenceRows.add(new HorizontalLayout(url, title, note));
    }
}
