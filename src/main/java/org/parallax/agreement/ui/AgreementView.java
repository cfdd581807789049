package org.parallax.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.parallax.agreement.AgreementResult;
import org.parallax.agreement.AgreementRound;
import org.parallax.agreement.AgreementService;
import org.parallax.agreement.CoupleComparison;
import org.parallax.agreement.Person;
import org.parallax.agreement.Settlement;
import org.parallax.base.Texts;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.Notices;
import org.parallax.pairing.Relation;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;

/**
 * Agreement on a meeting: editors ask a second reviewer to pair it blind and then compare the two (agreed,
 * differing, Cohen's kappa) and settle each difference; the second reviewer pairs blind in the comparison screen.
 */
@Route("meetings/:meetingId/agreement")
@PageTitle("Agreement · Parallax")
@PermitAll
class AgreementView extends Main implements BeforeEnterObserver {

    private final AgreementService agreement;
    private final CurrentUser currentUser;
    private long meetingId;
    final Div content = new Div();

    AgreementView(AgreementService agreement, CurrentUser currentUser) {
        this.agreement = agreement;
        this.currentUser = currentUser;
        addClassName("page");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        render();
    }

    private void render() {
        content.removeAll();
        content.add(
                new Anchor("meetings/" + meetingId, "← Back to the meeting"),
                new H2("Agreement between reviewers"),
                new Paragraph(
                        "An editor asks a second reviewer to pair this meeting blind, without the first reviewer's pairs; "
                                + "then both are compared and the editor settles where they differ."));
        boolean editor = currentUser.hasRole(Roles.EDITOR);
        if (editor) {
            content.add(requestForm());
        }
        long me = currentUser.get().map(u -> u.id()).orElse(-1L);
        for (AgreementRound round : agreement.roundsOf(meetingId)) {
            content.add(new H3(round.secondReviewer() + " pairs blind against " + round.firstReviewer()
                    + (round.open() ? " · open" : " · settled")));
            boolean blind = round.secondReviewerId() == me && round.open();
            if (blind) {
                content.add(blindPairing());
            } else if (editor) {
                content.add(result(agreement.result(round.id())));
            }
        }
    }

    private Div requestForm() {
        Select<Person> first = new Select<>();
        first.setLabel("First reviewer (their pairs)");
        Select<Person> second = new Select<>();
        second.setLabel("Second reviewer (pairs blind)");
        for (Select<Person> s : List.of(first, second)) {
            s.setItems(agreement.people());
            s.setItemLabelGenerator(Person::name);
        }
        Button ask = new Button("Ask for a blind second pairing", e -> {
            if (first.isEmpty() || second.isEmpty()) {
                Notices.refused("Choose both reviewers.");
                return;
            }
            if (Notices.attempt(() -> agreement.request(
                    meetingId, first.getValue().id(), second.getValue().id()))) {
                render();
            }
        });
        Buttons.oneAtATime(ask);
        Div form = new Div(first, second, ask);
        form.addClassName("filters");
        return form;
    }

    /** The second reviewer pairs in the comparison screen, with the same tools as always, blind. */
    private Div blindPairing() {
        Anchor compare = new Anchor("meetings/" + meetingId + "/compare", "Pair blind in the comparison screen");
        compare.addClassName("compare-link");
        return new Div(
                new Paragraph("Mark and link claims as you read them. While this round is open the other "
                        + "reviewer's pairs are hidden from you, and your pairs are kept for the round."),
                compare);
    }

    private Div result(AgreementResult result) {
        Paragraph figures = new Paragraph(String.format(
                Locale.ROOT,
                "%s: %d agreed, %d differ · Cohen's kappa %s",
                Texts.count(result.couples().size(), "couple"),
                result.agreed(),
                result.differing(),
                Double.isNaN(result.kappa()) ? "—" : String.format(Locale.ROOT, "%.2f", result.kappa())));
        figures.addClassName("kappa");
        Grid<CoupleComparison> grid = new Grid<>();
        grid.addColumn(c -> "“" + c.lowQuote() + "”").setHeader("Claim").setFlexGrow(2);
        grid.addColumn(c -> "“" + c.highQuote() + "”").setHeader("Claim").setFlexGrow(2);
        grid.addColumn(c -> label(c.first()))
                .setHeader(result.round().firstReviewer())
                .setAutoWidth(true);
        grid.addColumn(c -> label(c.second()))
                .setHeader(result.round().secondReviewer())
                .setAutoWidth(true);
        grid.addColumn(c -> c.agree()
                        ? "agree"
                        : c.settled()
                                ? "settled: " + c.settlement().label() + " (" + label(c.settledRelation()) + ")"
                                : "differ")
                .setHeader("")
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
                    Div actions = new Div();
                    if (!c.agree() && !c.settled() && result.round().open()) {
                        actions.add(
                                new Button(
                                        "Keep " + result.round().firstReviewer() + "'s: " + label(c.first()),
                                        e -> settle(result, c, Settlement.FIRST)),
                                new Button(
                                        "Keep " + result.round().secondReviewer() + "'s: " + label(c.second()),
                                        e -> settle(result, c, Settlement.SECOND)));
                        // With one side unpaired, keeping that side already means no pair.
                        if (c.first() != null && c.second() != null) {
                            actions.add(new Button("Keep neither", e -> settle(result, c, Settlement.NEITHER)));
                        }
                    }
                    return actions;
                })
                .setHeader("Settle")
                .setAutoWidth(true);
        grid.setItems(result.couples());
        grid.setAllRowsVisible(true);
        return new Div(figures, grid);
    }

    private void settle(AgreementResult result, CoupleComparison couple, Settlement choice) {
        if (Notices.attempt(
                () -> agreement.settle(result.round().id(), couple.lowClaimId(), couple.highClaimId(), choice))) {
            render();
        }
    }

    private static String label(Relation relation) {
        return relation == null ? "no pair" : relation.label();
    }
}
