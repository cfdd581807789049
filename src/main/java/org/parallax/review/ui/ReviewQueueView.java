package org.parallax.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.parallax.base.Formats;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.Notices;
import org.parallax.history.HistoryService;
import org.parallax.pairing.Relation;
import org.parallax.review.Decision;
import org.parallax.review.PairDetail;
import org.parallax.review.QueueFilter;
import org.parallax.review.QueuedPair;
import org.parallax.review.ReviewService;
import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;

/**
 * Editors: the pairs reviewers have submitted, oldest first, with filters. Choosing one shows both quotes
 * in context, the rationale and the evidence; approve, reject or request changes (a note is required for
 * the last two), then the next pair is shown. Keyboard: Alt+A, Alt+R, Alt+C decide, Alt+N skips.
 */
@Route("review")
@PageTitle("Review queue · Parallax")
@RolesAllowed(Roles.EDITOR)
class ReviewQueueView extends Main {

    private final ReviewService reviews;
    final Grid<QueuedPair> grid = new Grid<>();
    final TextField meeting = new TextField("Meeting");
    final TextField party = new TextField("Party");
    final TextField topic = new TextField("Topic");
    final Select<Relation> relation = new Select<>();
    final TextField author = new TextField("Author");
    final IntegerField age = new IntegerField("Waiting at least (days)");
    final Div detail = new Div();
    private final Div decisionBar = new Div();
    final TextArea note = new TextArea("Note to the author");
    final Button approve = new Button("Approve");
    final Button requestChanges = new Button("Request changes");
    final Button reject = new Button("Reject");
    final Button next = new Button("Next");
    private List<QueuedPair> shown = List.of();
    private PairDetail current;
    private boolean refreshing;

    private final CurrentUser currentUser;

    private final HistoryService histories;

    ReviewQueueView(ReviewService reviews, CurrentUser currentUser, HistoryService histories) {
        this.histories = histories;
        this.reviews = reviews;
        this.currentUser = currentUser;
        addClassName("page");
        // One column holding the whole pair, so both quotes can be read in full (they wrap), with what the
        // editor sorts by beneath them.
        grid.addColumn(LitRenderer.<QueuedPair>of("""
                        <div class="pair-line">
                          <span>${item.left}</span><span>${item.right}</span>
                          <span class="muted">${item.about}</span>
                        </div>""")
                        .withProperty("left", p -> p.leftParty() + ": “" + p.leftQuote() + "”")
                        .withProperty("right", p -> p.rightParty() + ": “" + p.rightQuote() + "”")
                        .withProperty(
                                "about",
                                p -> String.join(
                                        " · ",
                                        p.relation().label(),
                                        p.author(),
                                        Formats.moment(p.submittedAt()),
                                        p.meetingTitle())))
                .setHeader("Submitted pairs, oldest first");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No pairs are waiting for review.");
        grid.addClassName("queue-list");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!refreshing) {
                show(e.getValue());
            }
        });

        relation.setLabel("Relation");
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> r == null ? "Any" : r.label());
        relation.setEmptySelectionAllowed(true);
        relation.setEmptySelectionCaption("Any");
        for (TextField field : List.of(meeting, party, topic, author)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        relation.addValueChangeListener(e -> refresh());
        age.addValueChangeListener(e -> refresh());
        Div filters = new Div(meeting, party, topic, relation, author, age);
        filters.addClassName("filters");

        note.setWidthFull();
        note.setHelperText("Required to reject or to request changes");
        note.setMaxRows(3);
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        reject.addThemeVariants(ButtonVariant.ERROR);
        approve.addClickListener(e -> decide(Decision.APPROVE));
        Buttons.oneAtATime(approve);
        requestChanges.addClickListener(e -> decide(Decision.REQUEST_CHANGES));
        Buttons.oneAtATime(requestChanges);
        reject.addClickListener(e -> decide(Decision.REJECT));
        Buttons.oneAtATime(reject);
        next.addThemeVariants(ButtonVariant.TERTIARY);
        next.addClickListener(
                e -> selectAfter(current == null ? null : current.pair().id()));
        // The note typed just before a shortcut must reach the server first: the shortcut blurs the field.
        approve.addClickShortcut(Key.KEY_A, KeyModifier.ALT).resetFocusOnActiveElement();
        requestChanges.addClickShortcut(Key.KEY_C, KeyModifier.ALT).resetFocusOnActiveElement();
        reject.addClickShortcut(Key.KEY_R, KeyModifier.ALT).resetFocusOnActiveElement();
        next.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        detail.addClassName("review-detail");

        Div actions = new Div(approve, requestChanges, reject, next);
        actions.addClassName("toolbar");
        decisionBar.add(note, actions);
        decisionBar.addClassName("decision-bar");
        decisionBar.setVisible(false);
        Div pane = new Div(detail, decisionBar);
        pane.addClassName("review-pane");
        Div body = new Div(grid, pane);
        body.addClassName("queue-body");
        Paragraph intro = new Paragraph("Pairs submitted by reviewers, oldest first. You cannot decide on pairs you "
                + "wrote. Keys: Alt+A approve, Alt+C request changes, Alt+R reject, Alt+N next.");
        intro.addClassName("muted");
        // Like the comparison, the queue fills the window: the list and the pair scroll, the decision stays
        // in view under the pair whatever its length.
        addClassNames("page", "workspace-page");
        add(new H2("Review queue"), intro, filters, body);
        // Approvals whose seal broke come back to the queue when it opens (not at every filter change:
        // the check reads every approved pair).
        reviews.checkSeals(null);
        refresh();
    }

    private void refresh() {
        shown = reviews.queue(new QueueFilter(
                meeting.getValue(),
                party.getValue(),
                topic.getValue(),
                relation.getValue(),
                author.getValue(),
                age.getValue()));
        // New items clear the grid's selection; the pair being decided stays chosen, with the note typed so far.
        refreshing = true;
        try {
            grid.setItems(shown);
            if (current != null) {
                shown.stream()
                        .filter(p -> p.pairId() == current.pair().id())
                        .findFirst()
                        .ifPresentOrElse(grid::select, () -> show(null));
            }
        } finally {
            refreshing = false;
        }
    }

    private void show(QueuedPair pair) {
        detail.removeAll();
        current = pair == null ? null : reviews.detail(pair.pairId());
        if (current == null) {
            detail.add(new Paragraph(shown.isEmpty() ? "" : "Choose a pair to review it."));
            decisionBar.setVisible(false);
            return;
        }
        var p = current.pair();
        detail.add(new H3(p.leftParty() + " ↔ " + p.rightParty() + " · "
                + p.relation().label() + (p.topic() == null ? "" : " · " + p.topic())));
        if (p.rereviewReason() != null) {
            Paragraph rereview = new Paragraph("Needs re-review: it was approved, and since then this changed: "
                    + p.rereviewReason() + " (see the history below).");
            rereview.addClassName("rereview");
            detail.add(rereview);
        }
        detail.add(context(p.leftParty(), current.left()), context(p.rightParty(), current.right()));
        detail.add(new Paragraph("Rationale: " + (p.rationale() == null ? "—" : p.rationale())));
        if (!current.evidence().isEmpty()) {
            Div evidence = new Div(new Span("Evidence:"));
            current.evidence()
                    .forEach(e -> evidence.add(new Paragraph(String.join(
                            " · ",
                            Stream.of(e.title(), e.url(), e.note())
                                    .filter(Objects::nonNull)
                                    .toList()))));
            detail.add(evidence);
        }
        detail.add(new Paragraph("By " + p.author() + "; version " + p.version()));
        note.clear();
        // The service refuses it anyway; the screen says so before anyone tries.
        boolean own = currentUser.get().map(u -> u.id() == p.authorId()).orElse(false);
        approve.setEnabled(!own);
        requestChanges.setEnabled(!own);
        reject.setEnabled(!own);
        if (own) {
            detail.add(new Paragraph("You wrote this pair: another editor must decide on it."));
        }
        detail.add(new PairThread(p.id(), reviews, histories));
        decisionBar.setVisible(true);
    }

    private static Div context(String party, PairDetail.QuoteInContext quote) {
        Span before = new Span(quote.before());
        Span marked = new Span(quote.quote());
        marked.addClassName("quoted");
        Span after = new Span(quote.after());
        Div block = new Div(new Span(party + ": "), before, marked, after);
        block.addClassName("in-context");
        return block;
    }

    private void decide(Decision decision) {
        if (current == null) {
            return;
        }
        long id = current.pair().id();
        if (Notices.attempt(() -> reviews.decide(id, current.pair().version(), decision, note.getValue()))) {
            Notices.done(
                    switch (decision) {
                        case APPROVE -> "Approved";
                        case REJECT -> "Rejected";
                        case REQUEST_CHANGES -> "Sent back for changes";
                    });
            selectAfter(id);
        }
    }

    /** Shows the pair after the given one (the queue is refreshed first), so an editor works straight through. */
    private void selectAfter(Long pairId) {
        List<QueuedPair> before = shown;
        int at = pairId == null
                ? -1
                : before.stream().map(QueuedPair::pairId).toList().indexOf(pairId);
        refresh();
        QueuedPair following = before.stream()
                .skip(at + 1L)
                .filter(p -> shown.stream().anyMatch(s -> s.pairId() == p.pairId()))
                .findFirst()
                .orElse(shown.isEmpty() ? null : shown.getFirst());
        if (following != null && pairId != null && following.pairId() == pairId) {
            following = null;
        }
        grid.asSingleSelect().setValue(following);
        show(following);
    }
}
