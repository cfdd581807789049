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
import java.util.function.Consumer;
import org.parallax.claim.Claim;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewEvidence;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.springframework.dao.OptimisticLockingFailureException;

/** Links two claims into a draft pair, or edits a draft: relation, topic, rationale, evidence. */
class LinkDialog extends Dialog {

    final RadioButtonGroup<Relation> relation = new RadioButtonGroup<>("Relation");
    final TextField topic = new TextField("Topic");
    final TextArea rationale = new TextArea("Rationale");
    final Div evidenceRows = new Div();
    final List<TextField[]> evidence = new ArrayList<>();
    final Button save = new Button();
    final Span error = new Span();

    LinkDialog(Claim left, Claim right, ClaimPair existing, List<NewEvidence> existingEvidence,
               PairingService pairing, Consumer<ClaimPair> onSaved) {
        setHeaderTitle(existing == null ? "Link the two claims" : "Edit the pair");
        // Not modal: a modal dialog makes the page behind it inert and, on closing, lets it live again,
        // which restyles both long texts; the comparison benchmark measured that as most of the wait.
        setModal(false);
        setWidth("min(44rem, 95vw)");
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(Relation::label);
        relation.setValue(existing == null ? Relation.CONTRADICTS : Relation.valueOf(existing.relation()));
        rationale.setWidthFull();
        rationale.setHelperText("Required unless the claims are consistent");
        topic.setWidthFull();
        if (existing != null) {
            topic.setValue(existing.topic() == null ? "" : existing.topic());
            rationale.setValue(existing.rationale() == null ? "" : existing.rationale());
            existingEvidence.forEach(this::addEvidenceRow);
        } else if (left.topic() != null) {
            topic.setValue(left.topic());
        }
        Button addEvidence = new Button("Add evidence", e -> addEvidenceRow(null));
        addEvidence.addThemeVariants(ButtonVariant.TERTIARY);
        error.addClassName("form-error");
        add(new Paragraph("“" + left.quote() + "”"), new Paragraph("“" + right.quote() + "”"),
                relation, topic, rationale, new H4("Evidence"), evidenceRows, addEvidence, error);

        save.setText(existing == null ? "Link as draft pair" : "Save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                List<NewEvidence> items = evidence.stream()
                        .map(f -> new NewEvidence(f[0].getValue(), f[1].getValue(), f[2].getValue())).toList();
                onSaved.accept(existing == null
                        ? pairing.link(new NewPair(left.id(), right.id(), relation.getValue(), rationale.getValue(),
                                topic.getValue(), items))
                        : pairing.update(existing.id(), existing.version(), relation.getValue(), rationale.getValue(),
                                topic.getValue(), items));
                close();
            } catch (IllegalArgumentException | OptimisticLockingFailureException ex) {
                error.setText(ex.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
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
        evidence.add(new TextField[] {url, title, note});
        evidenceRows.add(new HorizontalLayout(url, title, note));
    }
}
