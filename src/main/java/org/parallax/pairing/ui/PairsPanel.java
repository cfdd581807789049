package org.parallax.pairing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.base.PairStatus;
import org.parallax.base.ui.Notices;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.PairFilter;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.WorkspaceService;
import org.parallax.security.CurrentUser;

/**
 * The meeting's pairs below the texts, loaded a page at a time, with the author's actions on their own
 * pairs (submit, edit, delete). The services refuse anyone else, whatever the browser sends.
 */
final class PairsPanel extends Grid<ClaimPair> {

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
        addColumn(p -> p.leftParty() + ": “" + p.leftQuote() + "”")
                .setHeader("Claim")
                .setFlexGrow(2);
        addColumn(p -> p.rightParty() + ": “" + p.rightQuote() + "”")
                .setHeader("Counter-claim")
                .setFlexGrow(2);
        addColumn(p -> p.relation().label()).setHeader("Relation").setAutoWidth(true);
        addColumn(ClaimPair::statusLabel).setHeader("Status").setAutoWidth(true);
        addColumn(ClaimPair::author).setHeader("Author").setAutoWidth(true);
        // A template, not a component per row: refreshing the list then costs the browser little.
        addColumn(LitRenderer.<ClaimPair>of("""
                        <span ?hidden=${!item.own}>
                          <vaadin-button theme="tertiary" @click=${submit}>Submit</vaadin-button>
                          <vaadin-button theme="tertiary" @click=${edit}>Edit</vaadin-button>
                          <vaadin-button theme="tertiary error" ?hidden=${!item.draft} @click=${remove}>Delete</vaadin-button>
                        </span>""")
                        .withProperty("own", this::ownEditable)
                        .withProperty("draft", p -> p.status() == PairStatus.DRAFT)
                        .withFunction("submit", this::submit)
                        .withFunction("edit", edit::accept)
                        .withFunction("remove", this::delete))
                .setHeader("")
                .setAutoWidth(true);
        setHeight("22rem");
        setPageSize(40);
        setEmptyStateText("No pairs yet: click a claim in each column, then “Link chosen claims”.");
        addItemClickListener(e -> show.accept(e.getItem()));
    }

    void showMeeting(long meeting) {
        if (meeting != meetingId) {
            meetingId = meeting;
            setItems(
                    q -> pairing.ofMeeting(meetingId, PairFilter.ALL, q.getOffset(), q.getLimit()).stream(),
                    q -> pairing.countOfMeeting(meetingId, PairFilter.ALL));
        }
    }

    /** Reloads the rows only when the meeting's pairs changed. */
    void refresh() {
        long now = workspaces.pairsFingerprint(meetingId);
        if (now != fingerprint) {
            fingerprint = now;
            getDataProvider().refreshAll();
        }
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
