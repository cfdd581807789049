package org.parallax.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Supplier;
import org.parallax.base.Texts;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.Notices;
import org.parallax.claim.AnchorCandidate;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimService;
import org.parallax.claim.FlaggedClaim;
import org.parallax.claim.ui.RemovalDialog;

/**
 * The claims a correction could not place exactly: each with its candidate places in the new text and
 * their similarity, and the three ways to settle it: put it on a candidate, on the reader's selection, or
 * delete it. Nothing moves without a person.
 */
class FlaggedClaims extends Div {

    /** Where the reader's selection in the account's text is, if there is one. */
    record Selection(int start, int end) {}

    private final ClaimService claims;
    private final Supplier<Selection> selection;
    private final Runnable onSettled;

    FlaggedClaims(ClaimService claims, Supplier<Selection> selection, Runnable onSettled) {
        this.claims = claims;
        this.selection = selection;
        this.onSettled = onSettled;
        addClassName("flagged-claims");
    }

    void show(List<FlaggedClaim> flagged) {
        removeAll();
        if (flagged.isEmpty()) {
            return;
        }
        add(
                new H3(Texts.count(flagged.size(), "claim") + " could not be found exactly in the corrected text"),
                new Paragraph("Each stays on the earlier revision until you put it in place: choose a candidate, "
                        + "select the passage in the text below and use the selection, or delete the claim. "
                        + "It keeps its pairs; an approved pair goes back to review."));
        flagged.forEach(f -> add(card(f)));
    }

    private Div card(FlaggedClaim flagged) {
        Claim claim = flagged.claim();
        Paragraph quote = new Paragraph("“" + claim.quote() + "”");
        quote.addClassName("quote");
        Div card = new Div(quote);
        card.addClassName("flagged-claim");
        card.getElement().setAttribute("data-claim-id", String.valueOf(claim.id()));
        if (flagged.candidates().isEmpty()) {
            card.add(new Paragraph("No passage of the new text is similar enough to offer."));
        }
        for (AnchorCandidate candidate : flagged.candidates()) {
            Span text = new Span("“" + candidate.quote() + "”");
            Span similarity = new Span(Math.round(candidate.similarity() * 100) + "% similar");
            similarity.addClassName("muted");
            Button accept = new Button("Put the claim here");
            accept.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            accept.addClickListener(e -> moveTo(claim, candidate.start(), candidate.end()));
            Buttons.oneAtATime(accept);
            Div row = new Div(text, similarity, accept);
            row.addClassName("candidate");
            card.add(row);
        }
        Button bySelection = new Button("Use my selection in the text", e -> {
            Selection chosen = selection.get();
            if (chosen == null) {
                Notices.refused("Select the claim's passage in the text below first.");
            } else {
                moveTo(claim, chosen.start(), chosen.end());
            }
        });
        bySelection.addThemeVariants(ButtonVariant.SMALL);
        Button delete = new Button(
                "Delete claim",
                e -> new RemovalDialog("this claim", claims.removalOf(claim.id()), () -> {
                            if (Notices.attempt(() -> claims.delete(claim.id(), claim.version()))) {
                                Notices.done("Claim deleted.");
                                onSettled.run();
                            }
                        })
                        .open());
        delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        Div actions = new Div(bySelection, delete);
        actions.addClassName("toolbar");
        card.add(actions);
        return card;
    }

    private void moveTo(Claim claim, int start, int end) {
        if (Notices.attempt(() -> claims.reanchorTo(claim.id(), claim.version(), start, end))) {
            Notices.done("The claim is in place again; its pairs follow it.");
            onSettled.run();
        }
    }
}
