package org.parallax.pairing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.account.AccountSummary;
import org.parallax.base.MeetingChanges;
import org.parallax.base.NotFoundException;
import org.parallax.base.Texts;
import org.parallax.base.ui.AfterAnswer;
import org.parallax.base.ui.BatchedChanges;
import org.parallax.base.ui.Notices;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimRemoval;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.claim.ui.ClaimDetailsDialog;
import org.parallax.claim.ui.RemovalDialog;
import org.parallax.history.HistoryService;
import org.parallax.pairing.BlindPairing;
import org.parallax.pairing.ChosenClaim;
import org.parallax.pairing.ClaimMark;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.ColumnText;
import org.parallax.pairing.HighlightState;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.pairing.Workspace;
import org.parallax.pairing.WorkspaceService;
import org.parallax.preference.PairsPlacement;
import org.parallax.preference.PreferenceService;
import org.parallax.security.CurrentUser;
import org.parallax.suggestion.SuggestionService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison workspace: two accounts side by side. Select text (or click a sentence, or use the
 * keyboard cursor) to mark a claim; choose a claim in each column and "Link" to pair them; the meeting's
 * pairs are listed below or beside them, as each person chose. The URL names the two accounts, so it can be shared.
 *
 * <p>The screen keeps little in the session: the columns load their text from a download handler, claims
 * travel as compact rows and only a fingerprint of each is kept ({@link DrawnClaims}), and the pairs list
 * loads page by page. This class coordinates: each side is a {@link CompareColumn}, the list a
 * {@link PairsPanel}, other people's changes arrive through {@link BatchedChanges}.
 */
@Route("meetings/:meetingId/compare")
@PermitAll
class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    enum Side {
        LEFT,
        RIGHT
    }

    private static final Duration NOTICE_DELAY = Duration.ofMillis(100);
    /** The pairs list and the "saved" message follow the highlights by about one frame of a long comparison. */
    private static final long LIST_AFTER_MILLIS = 150;

    private final WorkspaceService workspaces;
    private final ClaimService claims;
    private final PairingService pairing;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final MeetingChanges changes;
    private final PreferenceService preferences;
    private final HistoryService histories;

    private final Map<Side, CompareColumn> columns = new EnumMap<>(Side.class);
    final Button link = new Button("Link chosen claims");
    final Button noCounterpart = new Button("No counterpart…");
    final Button editClaim = new Button("Edit claim…");
    final Button deleteClaim = new Button("Delete claim…");
    final Span chosenInfo = new Span();
    final Select<PairsPlacement> placement = new Select<>();
    private final Div body = new Div();
    final PairsPanel pairs;
    final SuggestionsPanel suggestionsPanel;
    final Button suggestionsButton = new Button("Suggestions");
    final Gutter gutter = new Gutter();
    final Checkbox scrollTogether = new Checkbox("Scroll together");
    final Anchor back = new Anchor();
    final H2 title = new H2();
    final Paragraph blindNote = new Paragraph();

    /** The open messages offering "Undo", closed when their action is taken back by Ctrl+Z. */
    private final Map<UndoHistory.Step, Runnable> undoNotices = new HashMap<>();

    private MarkClaimDialog markDialog;
    private LinkDialog linkDialog;
    private Side markingSide;
    private long meetingId;
    private Workspace workspace;
    private Side lastChosen;
    private BatchedChanges subscription;

    CompareView(
            WorkspaceService workspaces,
            ClaimService claims,
            PairingService pairing,
            CurrentUser currentUser,
            JsonMapper json,
            MeetingChanges changes,
            PreferenceService preferences,
            HistoryService histories,
            SuggestionService suggestions) {
        this.histories = histories;
        this.changes = changes;
        this.preferences = preferences;
        this.workspaces = workspaces;
        this.claims = claims;
        this.pairing = pairing;
        this.currentUser = currentUser;
        this.json = json;
        addClassNames("page", "workspace-page", "compare");
        for (Side side : Side.values()) {
            CompareColumn column = new CompareColumn(
                    side == Side.LEFT ? "Left" : "Right",
                    json,
                    (start, end, quote) -> selected(side, start, end, quote),
                    id -> chosen(side, id));
            column.choice.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    navigateTo(
                            column(Side.LEFT).choice.getValue(),
                            column(Side.RIGHT).choice.getValue());
                }
            });
            columns.put(side, column);
        }
        pairs = new PairsPanel(pairing, workspaces, currentUser, this::openLink, this::showPair, this::afterChange);
        suggestionsPanel = new SuggestionsPanel(suggestions, pairing, json, made -> {
            afterChange(List.of(made.leftClaimId(), made.rightClaimId()));
            pairs.refresh();
        });
        suggestionsPanel.setVisible(false);
        suggestionsButton.setAriaLabel("Suggested contradictions");
        suggestionsButton.getElement().setAttribute("aria-pressed", "false");
        suggestionsButton.addClickListener(e -> showSuggestions(!suggestionsPanel.isVisible()));
        link.addThemeVariants(ButtonVariant.PRIMARY);
        link.setEnabled(false);
        link.addClickListener(e -> openLink(null));
        link.addClickShortcut(Key.KEY_L, KeyModifier.ALT);
        noCounterpart.setEnabled(false);
        noCounterpart.addClickListener(e -> openNoCounterpart());
        editClaim.setEnabled(false);
        editClaim.addClickListener(e -> openEditClaim());
        deleteClaim.setEnabled(false);
        deleteClaim.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        deleteClaim.addClickListener(e -> openDeleteClaim());
        Shortcuts.addShortcutListener(this, this::undoLast, Key.KEY_Z, KeyModifier.CONTROL)
                .listenOn(this);
        Shortcuts.addShortcutListener(this, this::undoLast, Key.KEY_Z, KeyModifier.META)
                .listenOn(this);
        Button cancel = new Button("Clear choice", e -> clearChoice());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickShortcut(Key.ESCAPE);
        chosenInfo.addClassName("selection-info");

        scrollTogether.addValueChangeListener(e -> gutter.setSync(e.getValue()));
        placement.setItems(PairsPlacement.values());
        placement.setItemLabelGenerator(PairsPlacement::label);
        placement.setAriaLabel("Where the pairs go");
        placement.addClassName("placement");
        placement.addValueChangeListener(e -> {
            place(e.getValue());
            if (e.isFromClient()) {
                preferences.setPairsPlacement(e.getValue());
            }
        });
        Button keysButton = new Button("Keys");
        keysButton.addThemeVariants(ButtonVariant.TERTIARY);
        keysButton.setAriaLabel("Keyboard shortcuts");
        Popover keys = new Popover();
        keys.setTarget(keysButton);
        Paragraph keysHelp = new Paragraph("Tab into a column, ↑ ↓ move sentence by sentence (Shift extends), "
                + "Alt+↑ ↓ jump between claims, Enter chooses the claim or marks the sentence, M marks, "
                + "Alt+L links, Esc clears, Ctrl+Z undoes your last mark, link, deletion or no-counterpart mark.");
        keysHelp.addClassName("keys-help");
        keys.add(keysHelp);
        Div toolbar = new Div(
                link,
                noCounterpart,
                editClaim,
                deleteClaim,
                cancel,
                suggestionsButton,
                scrollTogether,
                placement,
                keysButton,
                keys);
        toolbar.addClassName("toolbar");
        // One line whatever it says: a longer choice is cut short (the whole of it in the tooltip) instead of
        // wrapping and pushing the texts down.
        chosenInfo.addClassName("selection-info");
        Div workspaceColumns = new Div(column(Side.LEFT), gutter, column(Side.RIGHT));
        workspaceColumns.addClassName("workspace");
        body.add(workspaceColumns, pairs, suggestionsPanel);
        body.addClassName("compare-body");
        blindNote.addClassName("blind-note");
        blindNote.setVisible(false);
        Div head = new Div(back, title, new ClaimLegend());
        head.addClassName("compare-head");
        add(head, blindNote, toolbar, chosenInfo, body);
        placement.setValue(preferences.pairsPlacement());
    }

    /** Puts the pairs below or beside the texts (the stylesheet lays them out by data-pairs). */
    private void place(PairsPlacement where) {
        PairsPlacement placed = where == null ? PairsPlacement.BELOW : where;
        body.getElement().setAttribute("data-pairs", placed.token());
        pairs.setCompact(placed == PairsPlacement.BESIDE);
    }

    CompareColumn column(Side side) {
        return columns.get(side);
    }

    /** Shows the suggested contradictions in place of the pairs list (and marks them in the texts), or back. */
    void showSuggestions(boolean open) {
        suggestionsPanel.setVisible(open);
        pairs.setVisible(!open);
        suggestionsButton.getElement().setAttribute("aria-pressed", String.valueOf(open));
        if (open) {
            suggestionsButton.addThemeVariants(ButtonVariant.PRIMARY);
            suggestionsPanel.show(
                    meetingId, column(Side.LEFT), account(Side.LEFT), column(Side.RIGHT), account(Side.RIGHT));
        } else {
            suggestionsButton.removeThemeVariants(ButtonVariant.PRIMARY);
            suggestionsPanel.clear();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        subscribeToChanges(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unsubscribe();
    }

    /** Other people's claims and pairs appear within a second, through Push. */
    private void subscribeToChanges(UI ui) {
        unsubscribe();
        if (meetingId > 0) {
            subscription = BatchedChanges.subscribe(changes, meetingId, ui, NOTICE_DELAY, () -> {
                if (workspace != null) {
                    reload();
                }
            });
        }
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long meeting = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        try {
            // ?pair=5 (from My pairs): the pair's two accounts side by side, the pair chosen and in view.
            Long pairId = param(query, "pair");
            ClaimPair pair = pairId == null ? null : pairing.get(pairId);
            Long left = pair == null ? param(query, "left") : accountOf(pair.leftClaimId());
            Long right = pair == null ? param(query, "right") : accountOf(pair.rightClaimId());
            Workspace opened = workspaces.open(meeting, left, right);
            meetingId = meeting;
            pairs.showMeeting(meeting);
            show(opened);
            subscribeToChanges(event.getUI());
            if (pair != null) {
                showPair(pair);
            }
            showFound(left, query.get("at"));
        } catch (NotFoundException | NumberFormatException missing) {
            // qualified: Vaadin's NotFoundException, ours is imported
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such meeting or account");
        }
    }

    private void show(Workspace opened) {
        if (workspace == null || !workspace.accounts().equals(opened.accounts())) {
            columns.values().forEach(c -> c.choice.setItems(opened.accounts()));
        }
        workspace = opened;
        back.setHref("meetings/" + meetingId);
        back.setText("← " + opened.meetingTitle());
        title.setText("Compare accounts");
        blindNote(pairing.blindPairing(meetingId));
        for (Side side : Side.values()) {
            column(side).showHead(account(side));
        }
        drawColumns();
        if (suggestionsPanel.isVisible()) {
            suggestionsPanel.show(
                    meetingId, column(Side.LEFT), account(Side.LEFT), column(Side.RIGHT), account(Side.RIGHT));
        }
    }

    /** Brings the highlights up to date: a newly shown account gets all its claims, the others what changed. */
    private void drawColumns() {
        List<Side> sides = new ArrayList<>();
        for (Side side : Side.values()) {
            if (account(side) == null) {
                column(side).empty();
            } else {
                sides.add(side);
            }
        }
        if (!sides.isEmpty()) {
            List<List<ClaimMark>> marks = workspaces.marks(
                    meetingId, sides.stream().mapToLong(s -> account(s).id()).toArray());
            for (int i = 0; i < sides.size(); i++) {
                Side side = sides.get(i);
                column(side).draw(account(side).id(), marks.get(i), this::columnText);
            }
        }
        updateChoice();
    }

    /** After a change of the meeting, here or elsewhere: heads and coverage, highlights, chosen claims, pairs. */
    private void reload() {
        Workspace opened = workspaces.open(
                meetingId, column(Side.LEFT).shownAccount(), column(Side.RIGHT).shownAccount());
        for (CompareColumn column : columns.values()) {
            ChosenClaim was = column.chosen();
            if (was != null) {
                column.rechosen(chosenNow(was.claim().id()));
            }
        }
        show(opened);
        pairs.refresh();
    }

    private Long accountOf(long claimId) {
        return workspaces.chosen(claimId).claim().accountId();
    }

    private ChosenClaim chosenNow(long claimId) {
        try {
            return workspaces.chosen(claimId);
        } catch (NotFoundException gone) {
            return null;
        }
    }

    private DownloadHandler columnText(long accountId) {
        return event -> {
            ColumnText column = workspaces.columnText(accountId);
            event.setContentType("application/json");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", column.text());
            body.put(
                    "sentences",
                    column.sentences().stream()
                            .map(s -> new int[] {s.start(), s.end()})
                            .toList());
            json.writeValue(event.getOutputStream(), body);
        };
    }

    void selected(Side side, int start, int end, String quote) {
        AccountSummary account = account(side);
        if (account == null || start < 0 || end > account.textLength() || start >= end || quote == null) {
            return;
        }
        markingSide = side;
        ChosenClaim chosen = column(side).chosen();
        Claim movable = chosen != null && currentUser.ownsOrEdits(chosen.claim().createdBy()) ? chosen.claim() : null;
        markDialog().open(column(side).text, account.id(), start, end, quote, account.speaker(), movable);
    }

    /**
     * The dialogs are made on first use, not with the screen (which would slow its opening), and then stay
     * attached while closed, so each mark or link does not build and tear one down.
     */
    MarkClaimDialog markDialog() {
        if (markDialog == null) {
            markDialog = new MarkClaimDialog(claims, this::marked, this::markedBefore, this::moved);
            add(markDialog);
        }
        return markDialog;
    }

    LinkDialog linkDialog() {
        if (linkDialog == null) {
            linkDialog = new LinkDialog(pairing, histories, this::linked, this::linkedBlind);
            add(linkDialog);
        }
        return linkDialog;
    }

    private void marked(Claim claim) {
        column(markingSide).choose(new ChosenClaim(claim, HighlightState.UNPAIRED, null));
        lastChosen = markingSide;
        afterChange(List.of(claim.id()));
        undoable(
                "Claim marked.",
                "marking “" + shorten(claim.quote()) + "”",
                () -> claims.delete(claim.id(), claims.get(claim.id()).version()));
    }

    /** The chosen claim was put on the selection: redrawn where it is now, still chosen. */
    private void moved(Claim claim) {
        Notices.done("The claim now covers the selection; its pairs follow it.");
        afterChange(List.of(claim.id()));
    }

    /** The span was a claim already: that claim is chosen, as if it had been clicked. */
    private void markedBefore(long claimId) {
        chosen(markingSide, claimId);
        Notices.done("This text is a claim already; it is chosen.");
    }

    void chosen(Side side, long claimId) {
        ChosenClaim claim = chosenNow(claimId);
        // Deleted a moment ago by someone else (the change notice is about to redraw the column), or not in
        // the account this column shows.
        if (claim == null || !column(side).shows(claim.claim().accountId())) {
            return;
        }
        column(side).choose(claim);
        lastChosen = side;
        updateChoice();
    }

    private void clearChoice() {
        columns.values().forEach(CompareColumn::clearChoice);
        lastChosen = null;
        updateChoice();
    }

    private void updateChoice() {
        ChosenClaim left = column(Side.LEFT).chosen();
        ChosenClaim right = column(Side.RIGHT).chosen();
        ChosenClaim last = lastChosen == null ? null : column(lastChosen).chosen();
        enable(link, left != null && right != null);
        // Only the claim's author or an editor may mark it; the service refuses anyone else anyway.
        enable(
                noCounterpart,
                last != null
                        && !last.paired()
                        && currentUser.ownsOrEdits(last.claim().createdBy()));
        boolean mine = last != null && currentUser.ownsOrEdits(last.claim().createdBy());
        enable(editClaim, mine);
        enable(deleteClaim, mine);
        if (left == null && right == null) {
            chosenInfo.setText(
                    "Select text or click a sentence to mark a claim; click a claim in each column to pair them.");
            chosenInfo.setTitle("");
            return;
        }
        String text = "Chosen: " + quoted(left) + " ↔ " + quoted(right);
        if (last != null && last.claim().noCounterpart()) {
            text += " · No counterpart: " + last.claim().noCounterpartNote();
        }
        chosenInfo.setText(text);
        chosenInfo.setTitle(text);
    }

    /** Only a change is sent: each call makes the browser restyle the button while it draws the answer. */
    private static void enable(Button button, boolean enabled) {
        if (button.isEnabled() != enabled) {
            button.setEnabled(enabled);
        }
    }

    private static String quoted(ChosenClaim c) {
        return c == null ? "—" : "“" + shorten(c.claim().quote()) + "”";
    }

    private void openLink(ClaimPair existing) {
        if (existing != null) {
            Claim one = workspaces.chosen(existing.leftClaimId()).claim();
            Claim other = workspaces.chosen(existing.rightClaimId()).claim();
            linkDialog()
                    .open(List.of(), one, saidBy(one), other, saidBy(other), existing, pairing.evidence(existing.id()));
            return;
        }
        AccountSummary left = account(Side.LEFT);
        AccountSummary right = account(Side.RIGHT);
        if (left.partyCode().equals(right.partyCode())) {
            // Said before the dialog is filled in; the service refuses such a pair anyway.
            Notices.refused("Both claims are " + left.partyName() + "'s: a pair links claims of two different "
                    + "parties. Choose another party's account in one column.");
            return;
        }
        Claim one = column(Side.LEFT).chosen().claim();
        Claim other = column(Side.RIGHT).chosen().claim();
        linkDialog()
                .open(
                        List.of(column(Side.LEFT).text, column(Side.RIGHT).text),
                        one,
                        saidBy(one),
                        other,
                        saidBy(other),
                        null,
                        List.of());
    }

    /** The claim's party and speaker ("United States · Secretary of State"), as the link dialog heads it. */
    private String saidBy(Claim claim) {
        AccountSummary account = workspace.accounts().stream()
                .filter(a -> a.id() == claim.accountId())
                .findFirst()
                .orElse(null);
        if (account == null) {
            return "";
        }
        return Texts.joinPresent(
                " · ", account.partyName(), claim.speaker() != null ? claim.speaker() : account.speaker());
    }

    private void linked(ClaimPair saved, boolean created) {
        if (created) {
            undoable(
                    "Draft pair saved: " + saved.relation().label(),
                    "linking “" + shorten(saved.leftQuote()) + "” and “" + shorten(saved.rightQuote()) + "”",
                    () -> pairing.delete(saved.id(), pairing.get(saved.id()).version()));
            clearChoice();
        }
        afterChange(List.of(saved.leftClaimId(), saved.rightClaimId()));
    }

    private void linkedBlind(long leftClaimId, long rightClaimId, Relation relation, BlindPairing kept) {
        AfterAnswer.push(
                LIST_AFTER_MILLIS, () -> Notices.done("Blind pair kept for the agreement round: " + relation.label()));
        blindNote(Optional.of(kept));
        clearChoice();
        afterChange(List.of(leftClaimId, rightClaimId));
    }

    /** Says, while the person pairs this meeting blind, where their pairs go and how many they made. */
    private void blindNote(Optional<BlindPairing> blind) {
        blindNote.setVisible(blind.isPresent());
        blind.ifPresent(
                b -> blindNote.setText("Blind pairing for an agreement round: the other reviewer's pairs are hidden "
                        + "from you, and your links are kept for the round (" + b.blindPairs() + " so far)."));
        if (linkDialog != null || blind.isPresent()) {
            linkDialog().setBlind(blind.isPresent());
        }
    }

    private void openNoCounterpart() {
        ChosenClaim claim = lastChosen == null ? null : column(lastChosen).chosen();
        if (claim != null) {
            String note = claim.claim().noCounterpartNote();
            new NoCounterpartDialog(claim, claims, saved -> {
                        afterChange(List.of(saved.id()));
                        undoable(
                                saved.noCounterpart() ? "Marked “no counterpart”." : "“No counterpart” cleared.",
                                (saved.noCounterpart() ? "marking" : "clearing") + " “no counterpart”",
                                () -> claims.setNoCounterpart(
                                        saved.id(), claims.get(saved.id()).version(), !saved.noCounterpart(), note));
                    })
                    .open();
        }
    }

    private void openEditClaim() {
        ChosenClaim chosen = lastChosen == null ? null : column(lastChosen).chosen();
        if (chosen != null) {
            new ClaimDetailsDialog(chosen.claim(), claims, saved -> {
                        Notices.done("Claim saved.");
                        afterChange(List.of(saved.id()));
                    })
                    .open();
        }
    }

    /**
     * Deletes the chosen claim after a confirmation naming the pairs that go with it. Undo marks the span
     * again (a new claim with the same details) when no pair went with it: pairs are not brought back.
     */
    private void openDeleteClaim() {
        ChosenClaim chosen = lastChosen == null ? null : column(lastChosen).chosen();
        if (chosen == null) {
            return;
        }
        Claim claim = chosen.claim();
        ClaimRemoval removal = claims.removalOf(claim.id());
        new RemovalDialog("this claim", removal, () -> {
                    if (!Notices.attempt(() -> claims.delete(claim.id(), claim.version()))) {
                        return;
                    }
                    clearChoice();
                    afterChange(List.of(claim.id()));
                    if (removal.pairs().isEmpty()) {
                        undoable("Claim deleted.", "deleting “" + shorten(claim.quote()) + "”", () -> remark(claim));
                    } else {
                        Notices.done("Claim deleted with "
                                + Texts.count(removal.pairs().size(), "pair") + ".");
                    }
                })
                .open();
    }

    private void remark(Claim deleted) {
        Claim again = claims.mark(new NewClaim(
                deleted.accountId(),
                deleted.start(),
                deleted.end(),
                deleted.quote(),
                deleted.speaker(),
                deleted.topic(),
                deleted.kind()));
        if (deleted.noCounterpart()) {
            claims.setNoCounterpart(again.id(), again.version(), true, deleted.noCounterpartNote());
        }
    }

    /** Remembers an action for Ctrl+Z and offers "Undo" in its message. */
    private void undoable(String message, String what, Runnable undo) {
        UndoHistory history = UndoHistory.ofSession();
        UndoHistory.Step step = new UndoHistory.Step(meetingId, what, undo);
        history.add(step);
        // After the highlights are drawn, as the other messages of this screen.
        AfterAnswer.push(
                LIST_AFTER_MILLIS,
                () -> undoNotices.put(step, Notices.undoable(message, () -> {
                    if (history.remove(step)) {
                        undo(step);
                    }
                })));
    }

    /** Ctrl+Z: takes back the person's newest action in this meeting. */
    void undoLast() {
        UndoHistory.Step step = UndoHistory.ofSession().pop(meetingId);
        if (step == null) {
            Notices.refused("Nothing of yours to undo in this meeting.");
        } else {
            undo(step);
        }
    }

    private void undo(UndoHistory.Step step) {
        Runnable notice = undoNotices.remove(step);
        if (notice != null) {
            notice.run();
        }
        if (Notices.attempt(step.undo())) {
            Notices.done("Undone: " + step.what() + ".");
            clearChoice();
            reload();
        }
    }

    /**
     * This person's own change: just the claims it touched are read and redrawn, at once; the change
     * notice that follows brings the column heads and anything else up to date.
     */
    private void afterChange(List<Long> touched) {
        for (CompareColumn column : columns.values()) {
            ChosenClaim was = column.chosen();
            if (was != null && touched.contains(was.claim().id())) {
                column.rechosen(chosenNow(was.claim().id()));
            }
        }
        Map<Long, List<ClaimMark>> marks = workspaces.marksOf(touched);
        List<Long> present =
                marks.values().stream().flatMap(List::stream).map(ClaimMark::id).toList();
        List<Long> gone = touched.stream().filter(id -> !present.contains(id)).toList();
        for (CompareColumn column : columns.values()) {
            Long accountId = column.shownAccount();
            if (accountId != null) {
                column.update(marks.getOrDefault(accountId, List.of()), gone);
            }
        }
        updateChoice();
        // The list of pairs follows in a push of its own once the browser has drawn the highlights, so they
        // are not kept waiting for it.
        AfterAnswer.push(LIST_AFTER_MILLIS, pairs::refresh);
    }

    /** Chooses a pair's two claims and brings them into view, when both accounts are the ones shown. */
    private void showPair(ClaimPair pair) {
        ChosenClaim one = workspaces.chosen(pair.leftClaimId());
        ChosenClaim other = workspaces.chosen(pair.rightClaimId());
        Side sideOfOne = sideOf(one);
        Side sideOfOther = sideOf(other);
        if (sideOfOne == null || sideOfOther == null || sideOfOne == sideOfOther) {
            Notices.refused("Choose the two accounts of this pair above to see it in the texts.");
            return;
        }
        for (ChosenClaim c : List.of(one, other)) {
            CompareColumn column = column(sideOf(c));
            column.choose(c);
            column.reveal(c.claim().id());
        }
        lastChosen = null;
        updateChoice();
    }

    private Side sideOf(ChosenClaim claim) {
        for (Side side : Side.values()) {
            if (column(side).shows(claim.claim().accountId())) {
                return side;
            }
        }
        return null;
    }

    private AccountSummary account(Side side) {
        return workspace == null ? null : side == Side.LEFT ? workspace.left() : workspace.right();
    }

    private void navigateTo(AccountSummary left, AccountSummary right) {
        Map<String, String> params = new LinkedHashMap<>();
        if (left != null) {
            params.put("left", String.valueOf(left.id()));
        }
        if (right != null) {
            params.put("right", String.valueOf(right.id()));
        }
        getUI().ifPresent(ui -> ui.navigate("meetings/" + meetingId + "/compare", QueryParameters.simple(params)));
    }

    /**
     * ?left=3&at=120-180 (from a search result): the passage marked in the column showing account 3 and
     * scrolled into view. A span that does not fit the text is left out, not refused: the link may be old.
     */
    private void showFound(Long accountId, List<String> at) {
        if (accountId == null || at == null || at.isEmpty()) {
            return;
        }
        String[] span = at.getFirst().split("-");
        for (Side side : Side.values()) {
            AccountSummary shown = account(side);
            if (shown != null && shown.id() == accountId && span.length == 2) {
                int start = Integer.parseInt(span[0]);
                int end = Integer.parseInt(span[1]);
                if (0 <= start && start < end && end <= shown.textLength()) {
                    column(side).text.showFound(start, end);
                }
            }
        }
    }

    private static Long param(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank()
                ? null
                : Long.parseLong(values.getFirst());
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    @Override
    public String getPageTitle() {
        return "Compare · Parallax";
    }
}
