package org.parallax.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.parallax.account.AccountSummary;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.FieldErrors;
import org.parallax.pairing.Relation;
import org.parallax.suggestion.Reason;
import org.parallax.suggestion.Suggestion;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Accepting a suggestion: the relation (pre-filled from the score) and a rationale drafted from the reasons,
 * both the reviewer's to change, before the claims and the draft pair are made.
 */
class AcceptSuggestionDialog extends Dialog {

    /** A score from which the suggestion is offered as a contradiction rather than a partial one. */
    static final double CONTRADICTS_FROM = 0.5;

    record Choice(Suggestion suggestion, Relation relation, String rationale, String topic) {}

    final Select<Relation> relation = new Select<>();
    final TextArea rationale = new TextArea("Rationale");
    final TextField topic = new TextField("Topic");
    final Span error = new Span();

    AcceptSuggestionDialog(
            Suggestion suggestion, AccountSummary left, AccountSummary right, Consumer<Choice> onAccept) {
        setHeaderTitle("Accept the suggestion");
        setWidth("min(40rem, 95vw)");
        relation.setLabel("Relation");
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(Relation::label);
        relation.setValue(suggestion.score() >= CONTRADICTS_FROM ? Relation.CONTRADICTS : Relation.PARTLY_CONTRADICTS);
        rationale.setWidthFull();
        rationale.setValue(draft(suggestion));
        topic.setWidthFull();
        error.addClassName("form-error");
        FieldErrors errors = new FieldErrors(error).at("rationale", rationale).at("topic", topic);
        add(
                new Paragraph(left.partyCode() + ": “" + suggestion.left().text() + "”"),
                new Paragraph(right.partyCode() + ": “" + suggestion.right().text() + "”"),
                relation,
                rationale,
                topic,
                error);
        Button save = new Button("Make the claims and a draft pair", e -> {
            try {
                onAccept.accept(new Choice(suggestion, relation.getValue(), rationale.getValue(), topic.getValue()));
                close();
            } catch (IllegalArgumentException | AccessDeniedException | DataAccessException refused) {
                errors.show(refused);
            }
        });
        Buttons.oneAtATime(save);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** A first rationale from what opposes the two passages; the reviewer states their own. */
    private static String draft(Suggestion s) {
        String opposed = s.reasons().stream()
                .filter(r -> r.kind() == Reason.Kind.OPPOSES)
                .map(Reason::text)
                .collect(Collectors.joining("; "));
        return opposed.isEmpty() ? "" : "Suggested: " + opposed + ".";
    }
}
