package org.parallax.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parallax.base.PairStatus;
import org.parallax.base.Texts;
import org.parallax.base.ui.Notices;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.PairFilter;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.WorkspaceService;
import org.parallax.security.CurrentUser;

/**
 * The meeting's pairs beside or below the texts, loaded a page at a time, newest first and each keeping its
 * place as it changes, with the author's actions on their own pairs (submit, edit, delete) and "Submit all
 * my drafts". The services refuse anyone else, whatever the browser sends.
 */
final class PairsPanel extends Div {

    /**
     * The author's actions on a pair, as a template rather than a component per row: refreshing the list
     * then costs the browser little.
     */
    private static final String ACTIONS = """
            <vaadin-button theme="tertiary" @click=${submit}>Submit</vaadin-button>
            <vaadin-button theme="tertiary" @click=${edit}>Edit</vaadin-button>
            <vaadin-button theme="tertiary error" ?hidden=${!item.draft} @click=${remove}>Delete</vaadin-button>""";

    final Grid<ClaimPair> grid = new Grid<>();
    final Button submitAll = new Button("Submit all my drafts");
    private final H3 heading = new H3("Pairs");
    private final Consumer<ClaimPair> edit;
    /** Whether the pairs show one column each (beside the texts); null before the first layout. */
    private Boolean compact;

    private final PairingService pairing;
    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private final Consumer<List<Long>> changedClaims;
    private long meetingId;
    private long fingerprint;

    PairsPanel(
            PairingService pairing,
            WorkspaceService workspaces,
            CurrentUser currentUser,
            Consumer<ClaimPair> edit,
            Consumer<ClaimPair> show,
            Consumer<List<Long>> changedClaims) {
        this.pairing = pairing;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.changedClaims = changedClaims;
        this.edit = edit;
        setCompact(false);
        grid.setPageSize(40);
        grid.setEmptyStateText("No pairs yet: click a claim in each column, then “Link chosen claims”.");
        grid.addItemClickListener(e -> show.accept(e.getItem()));
        grid.addClassName("pairs-grid");
        grid.setAriaLabel("Pairs of this meeting");

        submitAll.setEnabled(false);
        submitAll.addClickListener(e -> confirmSubmitAll());
        Div head = new Div(heading, submitAll);
        head.addClassName("pairs-head");
        add(head, grid);
        addClassName("pairs-pane");
    }

    /**
     * One column per pair (beside the texts) or a column per field (below them). The columns are made
     * anew rather than hidden: a hidden column's buttons would still be in the page, unseen.
     */
    void setCompact(boolean oneColumn) {
        if (compact != null && compact == oneColumn) {
            return;
        }
        compact = oneColumn;
        grid.removeAllColumns();
        grid.getElement().getThemeList().set("wrap-cell-content", oneColumn);
        if (oneColumn) {
            grid.addColumn(withActions(LitRenderer.<ClaimPair>of("""
                            <div class="pair-line">
                              <span>${item.left}</span><span>${item.right}</span>
                              <span class="muted">${item.about}</span>
                              <span ?hidden=${!item.own}>%s</span>
                            </div>""".formatted(ACTIONS))
                            .withProperty("left", PairsPanel::left)
                            .withProperty("right", PairsPanel::right)
                            .withProperty(
                                    "about", p -> p.relation().label() + " · " + p.statusLabel() + " · " + p.author())))
                    .setHeader("Pair");
            return;
        }
        grid.addColumn(PairsPanel::left).setHeader("Claim").setFlexGrow(2);
        grid.addColumn(PairsPanel::right).setHeader("Counter-claim").setFlexGrow(2);
        grid.addColumn(p -> p.relation().label()).setHeader("Relation").setAutoWidth(true);
        grid.addColumn(ClaimPair::statusLabel).setHeader("Status").setAutoWidth(true);
        grid.addColumn(ClaimPair::author).setHeader("Author").setAutoWidth(true);
        grid.addColumn(withActions(LitRenderer.<ClaimPair>of("<span ?hidden=${!item.own}>" + ACTIONS + "</span>")))
                .setHeader("")
                .setAutoWidth(true);
    }

    /** Binds what {@link #ACTIONS} uses: whether the row is the person's own, and the three actions. */
    private LitRenderer<ClaimPair> withActions(LitRenderer<ClaimPair> renderer) {
        return renderer.withProperty("own", this::ownEditable)
                .withProperty("draft", p -> p.status() == PairStatus.DRAFT)
                .withFunction("submit", this::submit)
                .withFunction("edit", edit::accept)
                .withFunction("remove", this::delete);
    }

    private static String left(ClaimPair p) {
        return p.leftParty() + ": “" + p.leftQuote() + "”";
    }

    private static String right(ClaimPair p) {
        return p.rightParty() + ": “" + p.rightQuote() + "”";
    }

    void showMeeting(long meeting) {
        if (meeting != meetingId) {
            meetingId = meeting;
            grid.setItems(
                    q -> pairing.ofMeeting(meetingId, PairFilter.ALL, q.getOffset(), q.getLimit()).stream(),
                    q -> pairing.countOfMeeting(meetingId, PairFilter.ALL));
            fingerprint = workspaces.pairsFingerprint(meetingId);
            showCounts();
        }
    }

    /** Reloads the rows only when the meeting's pairs changed. */
    void refresh() {
        long now = workspaces.pairsFingerprint(meetingId);
        if (now != fingerprint) {
            fingerprint = now;
            grid.getDataProvider().refreshAll();
            showCounts();
        }
    }

    private void showCounts() {
        int all = pairing.countOfMeeting(meetingId, PairFilter.ALL);
        heading.setText(all == 0 ? "Pairs" : "Pairs (" + all + ")");
        int drafts = pairing.myDrafts(meetingId).size();
        submitAll.setText(drafts == 0 ? "Submit all my drafts" : "Submit all my drafts (" + drafts + ")");
        submitAll.setEnabled(drafts > 0);
    }

    /** Names how many drafts go to the editors, and submits exactly those (or none, if they changed). */
    private void confirmSubmitAll() {
        List<ClaimPair> drafts = pairing.myDrafts(meetingId);
        if (drafts.isEmpty()) {
            showCounts();
            Notices.refused("You have no drafts in this meeting.");
            return;
        }
        List<Long> ids = drafts.stream().map(ClaimPair::id).toList();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Submit " + Texts.count(drafts.size(), "draft") + " for review?");
        confirm.setText("Editors will see " + (drafts.size() == 1 ? "it" : "them")
                + " in the review queue; you can no longer change a submitted pair unless an editor sends it back.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Submit " + drafts.size());
        confirm.addConfirmListener(e -> {
            if (Notices.attempt(() -> pairing.submitMyDrafts(meetingId, ids))) {
                Notices.done(Texts.count(ids.size(), "pair") + " submitted for review.");
            }
            changedClaims.accept(drafts.stream()
                    .flatMap(p -> Stream.of(p.leftClaimId(), p.rightClaimId()))
                    .toList());
        });
        confirm.open();
    }

    /** The author's own pair that may still change: drafts and pairs an editor sent back. */
    private boolean ownEditable(ClaimPair pair) {
        return pair.status().editable()
                && currentUser.get().map(u -> u.id() == pair.authorId()).orElse(false);
    }

    private void submit(ClaimPair pair) {
        if (Notices.attempt(() -> pairing.submit(pair.id(), pair.version()))) {
            Notices.done("Submitted for review");
        }
        changedClaims.accept(List.of(pair.leftClaimId(), pair.rightClaimId()));
    }

    private void delete(ClaimPair pair) {
        Notices.attempt(() -> pairing.delete(pair.id(), pair.version()));
        changedClaims.accept(List.of(pair.leftClaimId(), pair.rightClaimId()));
    }
}
