package org.parallax.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.parallax.base.PairStatus;
import org.parallax.history.HistoryService;
import org.parallax.review.MyPair;
import org.parallax.review.ReviewService;

/** Reviewers: their own pairs by status, with what the editors said. */
@Route("my-pairs")
@PageTitle("My pairs · Parallax")
@PermitAll
class MyPairsView extends Main {

    final Grid<MyPair> grid = new Grid<>();
    final Select<PairStatus> status = new Select<>();
    private final List<MyPair> all;

    MyPairsView(ReviewService reviews, HistoryService histories) {
        addClassName("page");
        // Approvals whose seal broke are back in review before they are listed as approved.
        reviews.checkSeals(null);
        all = reviews.myPairs();
        grid.addColumn(MyPair::meetingTitle).setHeader("Meeting").setAutoWidth(true);
        grid.addColumn(p -> p.pair().leftParty() + ": “" + p.pair().leftQuote() + "”")
                .setHeader("Claim")
                .setFlexGrow(2);
        grid.addColumn(p -> p.pair().rightParty() + ": “" + p.pair().rightQuote() + "”")
                .setHeader("Counter-claim")
                .setFlexGrow(2);
        grid.addColumn(p -> p.pair().statusLabel()
                        + (p.pair().rereviewReason() == null
                                ? ""
                                : " (changed since approved: " + p.pair().rereviewReason() + ")"))
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(p -> p.lastNote() == null ? "" : p.lastEditor() + ": " + p.lastNote())
                .setHeader("Editor's note")
                .setFlexGrow(2);
        // Straight to the pair in its comparison, where a pair sent back is fixed.
        Grid.Column<MyPair> open = grid.addColumn(LitRenderer.<MyPair>of("<a href=${item.href}>Open in comparison</a>")
                        .withProperty("href", MyPairsView::comparisonOf))
                .setHeader("")
                .setAutoWidth(true);
        // Notes and quotes read whole: the rows grow instead of cutting them off.
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText("You have no pairs yet: link two claims on a comparison screen.");
        status.setLabel("Status");
        status.setItems(PairStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "All" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.addValueChangeListener(e -> grid.setItems(
                e.getValue() == null
                        ? all
                        : all.stream()
                                .filter(p -> p.pair().status() == e.getValue())
                                .toList()));
        grid.setItems(all);
        // A pair's thread and history in a dialog: what the editor said, and every change.
        grid.addItemClickListener(e -> {
            if (e.getColumn() == open) {
                return;
            }
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("“" + e.getItem().pair().leftQuote() + "” ↔ “"
                    + e.getItem().pair().rightQuote() + "”");
            dialog.setWidth("min(48rem, 95vw)");
            histories.lastDecision(e.getItem().pair().id()).ifPresent(last -> {
                Paragraph note = new Paragraph(last.sentence());
                note.addClassName("editors-note");
                dialog.add(note);
            });
            Anchor compare = new Anchor(comparisonOf(e.getItem()), "Open in comparison");
            dialog.add(compare, new PairThread(e.getItem().pair().id(), reviews, histories));
            dialog.getFooter().add(new Button("Close", c -> dialog.close()));
            dialog.open();
        });
        add(
                new H2("My pairs"),
                new Paragraph(
                        "Submit drafts from the comparison screen; pairs sent back for changes can be edited there and submitted again."),
                status,
                grid);
    }

    /** The pair in its comparison: both accounts side by side, the pair chosen and in view. */
    private static String comparisonOf(MyPair p) {
        return "meetings/" + p.pair().meetingId() + "/compare?pair=" + p.pair().id();
    }
}
