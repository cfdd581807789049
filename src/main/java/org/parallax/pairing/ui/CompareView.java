package org.parallax.pairing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parallax.account.AccountSummary;
import org.parallax.base.MeetingChanges;
import org.parallax.base.NotFoundException;
import org.parallax.base.PairStatus;
import org.parallax.base.Texts;
import org.parallax.base.ui.AfterAnswer;
import org.parallax.base.ui.Notices;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimService;
import org.parallax.pairing.BlindPairing;
import org.parallax.pairing.ChosenClaim;
import org.parallax.pairing.ClaimMark;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.ColumnText;
import org.parallax.pairing.HighlightState;
import org.parallax.pairing.PairFilter;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.pairing.Workspace;
import org.parallax.pairing.WorkspaceService;
import org.parallax.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison workspace: two accounts side by side. Select text (or click a sentence, or use the
 * keyboard cursor) to mark a claim; choose a claim in each column and "Link" to pair them; the meeting's
 * pairs are listed below. The URL names the two accounts, so it can be shared.
 *
 * <p>The screen keeps little in the session: the columns load their text from a download handler, claims
 * travel as compact rows and only a fingerprint of each is kept ({@link DrawnClaims}), and the pairs list
 * loads page by page.
 */
@Route("meetings/:meetingId/compare")
@PermitAll
class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkspaceService workspaces;
    private final ClaimService claims;
    private final PairingService pairing;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final MeetingChanges changes;

    final Select<AccountSummary> leftChoice = new Select<>();
    final Select<AccountSummary> rightChoice = new Select<>();
    final AnnotatedText leftText =
            new AnnotatedText((s, e, q) -> selected(Side.LEFT, s, e, q), id -> chosen(Side.LEFT, id));
    final AnnotatedText rightText =
            new AnnotatedText((s, e, q) -> selected(Side.RIGHT, s, e, q), id -> chosen(Side.RIGHT, id));
    private final Map<Side, DrawnClaims> drawn = new EnumMap<>(Side.class);
    private final Map<Side, Long> shownAccount = new EnumMap<>(Side.class);
    private final Map<Side, ChosenClaim> chosen = new EnumMap<>(Side.class);
    final Div leftHead = new Div();
    final Div rightHead = new Div();
    final Button link = new Button("Link chosen claims");
    final Button noCounterpart = new Button("No counterpart…");
    final Span chosenInfo = new Span();
    final Grid<ClaimPair> pairs = new Grid<>();
    final Gutter gutter = new Gutter();
    final Checkbox scrollTogether = new Checkbox("Scroll together");
    final Anchor back = new Anchor();
    final H2 title = new H2();
    final Paragraph blindNote = new Paragraph();

    private MarkClaimDialog markDialog;
    private LinkDialog linkDialog;
    private Side markingSide;
    private long meetingId;
    private long pairsOfMeeting;
    private Workspace workspace;
    private Side lastChosen;
    private AutoCloseable subscription;
    private final AtomicBoolean reloadPending = new AtomicBoolean();

    enum Side {
        LEFT,
        RIGHT
    }

    private static final long NOTICE_DELAY_MILLIS = 100;
    /** The pairs list and the "saved" message follow the highlights by about one frame of a long comparison. */
    private static final long LIST_AFTER_MILLIS = 150;

    CompareView(
            WorkspaceService workspaces,
            ClaimService claims,
            PairingService pairing,
            CurrentUser currentUser,
            JsonMapper json,
            MeetingChanges changes) {
        this.changes = changes;
        this.workspaces = workspaces;
        this.claims = claims;
        this.pairing = pairing;
        this.currentUser = currentUser;
        this.json = json;
        addClassNames("page", "compare");
        for (Select<AccountSummary> choice : List.of(leftChoice, rightChoice)) {
            choice.setItemLabelGenerator(a -> a.partyCode() + " · " + a.title());
            choice.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    navigateTo(leftChoice.getValue(), rightChoice.getValue());
                }
            });
        }
        leftChoice.setAriaLabel("Left account");
        rightChoice.setAriaLabel("Right account");
        leftText.getElement().setAttribute("aria-label", "Left account text");
        rightText.getElement().setAttribute("aria-label", "Right account text");
        link.addThemeVariants(ButtonVariant.PRIMARY);
        link.setEnabled(false);
        link.addClickListener(e -> openLink(null));
        link.addClickShortcut(Key.KEY_L, KeyModifier.ALT);
        noCounterpart.setEnabled(false);
        noCounterpart.addClickListener(e -> openNoCounterpart());
        Button cancel = new Button("Clear choice", e -> clearChoice());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickShortcut(Key.ESCAPE);
        chosenInfo.addClassName("selection-info");

        pairs.addColumn(p -> p.leftParty() + ": “" + p.leftQuote() + "”")
                .setHeader("Claim")
                .setFlexGrow(2);
        pairs.addColumn(p -> p.rightParty() + ": “" + p.rightQuote() + "”")
                .setHeader("Counter-claim")
                .setFlexGrow(2);
        pairs.addColumn(p -> p.relation().label()).setHeader("Relation").setAutoWidth(true);
        pairs.addColumn(ClaimPair::statusLabel).setHeader("Status").setAutoWidth(true);
        pairs.addColumn(ClaimPair::author).setHeader("Author").setAutoWidth(true);
        // A template, not a component per row: refreshing the list then costs the browser little.
        pairs.addColumn(LitRenderer.<ClaimPair>of("""
                        <span ?hidden=${!item.own}>
                          <vaadin-button theme="tertiary" @click=${submit}>Submit</vaadin-button>
                          <vaadin-button theme="tertiary" @click=${edit}>Edit</vaadin-button>
                          <vaadin-button theme="tertiary error" ?hidden=${!item.draft} @click=${remove}>Delete</vaadin-button>
                        </span>""")
                        .withProperty("own", this::ownEditable)
                        .withProperty("draft", p -> p.status() == PairStatus.DRAFT)
                        .withFunction("submit", this::submitPair)
                        .withFunction("edit", this::openLink)
                        .withFunction("remove", this::deletePair))
                .setHeader("")
                .setAutoWidth(true);
        pairs.setHeight("22rem");
        pairs.setPageSize(40);
        pairs.setEmptyStateText("No pairs yet: click a claim in each column, then “Link chosen claims”.");
        pairs.addItemClickListener(e -> showPair(e.getItem()));

        scrollTogether.addValueChangeListener(e -> gutter.setSync(e.getValue()));
        Div toolbar = new Div(link, noCounterpart, cancel, scrollTogether, chosenInfo);
        toolbar.addClassName("toolbar");
        Paragraph keys = new Paragraph("Keyboard: Tab into a column, ↑ ↓ move sentence by sentence (Shift extends), "
                + "Alt+↑ ↓ jump between claims, Enter chooses the claim or marks the sentence, M marks, "
                + "Alt+L links, Esc clears.");
        keys.addClassName("keys");
        Div columns =
                new Div(column(leftChoice, leftHead, leftText), gutter, column(rightChoice, rightHead, rightText));
        columns.addClassName("workspace");
        blindNote.addClassName("blind-note");
        blindNote.setVisible(false);
        add(back, title, blindNote, toolbar, keys, legend(), columns, new H2("Pairs"), pairs);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        subscribeToChanges(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unsubscribe();
    }

    /**
     * Other people's claims and pairs appear within a second, through Push. Notices are coalesced for a
     * moment: bursts cause one reload, and the notice of this person's own change, which arrives while
     * their request is still being answered, does not hold up that answer.
     */
    private void subscribeToChanges(UI ui) {
        unsubscribe();
        if (meetingId <= 0) {
            return;
        }
        subscription = changes.subscribe(meetingId, () -> {
            if (reloadPending.compareAndSet(false, true)) {
                CompletableFuture.delayedExecutor(NOTICE_DELAY_MILLIS, TimeUnit.MILLISECONDS)
                        .execute(() -> {
                            try {
                                ui.access(() -> {
                                    reloadPending.set(false);
                                    if (workspace != null) {
                                        reload();
                                    }
                                });
                            } catch (UIDetachedException closed) {
                                // The screen was closed while the notice waited: nobody to update.
                            }
                        });
            }
        });
    }

    private void unsubscribe() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // Closing a subscription only removes it from a map.
            }
            subscription = null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long meeting = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        try {
            Workspace opened = workspaces.open(meeting, param(query, "left"), param(query, "right"));
            if (meeting != meetingId) {
                meetingId = meeting;
                pairs.setItems(
                        q -> pairing.ofMeeting(meetingId, PairFilter.ALL, q.getOffset(), q.getLimit()).stream(),
                        q -> pairing.countOfMeeting(meetingId, PairFilter.ALL));
            }
            show(opened);
            subscribeToChanges(event.getUI());
        } catch (NotFoundException | NumberFormatException missing) {
            // qualified: Vaadin's NotFoundException, ours is imported
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such meeting or account");
        }
    }

    private void show(Workspace opened) {
        if (workspace == null || !workspace.accounts().equals(opened.accounts())) {
            leftChoice.setItems(opened.accounts());
            rightChoice.setItems(opened.accounts());
        }
        workspace = opened;
        back.setHref("meetings/" + meetingId);
        back.setText("← " + opened.meetingTitle());
        title.setText("Compare accounts");
        blindNote(pairing.blindPairing(meetingId));
        head(opened.left(), leftChoice, leftHead);
        head(opened.right(), rightChoice, rightHead);
        drawColumns();
    }

    /** Brings the highlights up to date: a newly shown account gets all its claims, the others what changed. */
    private void drawColumns() {
        List<Side> sides = new ArrayList<>();
        for (Side side : Side.values()) {
            AccountSummary account = account(side);
            AnnotatedText text = text(side);
            if (account == null) {
                text.clearSource();
                shownAccount.remove(side);
                drawn.remove(side);
                chosen.remove(side);
            } else {
                sides.add(side);
            }
        }
        if (sides.isEmpty()) {
            updateChoice();
            return;
        }
        List<List<ClaimMark>> marks = workspaces.marks(
                meetingId, sides.stream().mapToLong(s -> account(s).id()).toArray());
        for (int i = 0; i < sides.size(); i++) {
            Side side = sides.get(i);
            long accountId = account(side).id();
            AnnotatedText text = text(side);
            if (!Long.valueOf(accountId).equals(shownAccount.get(side))) {
                shownAccount.put(side, accountId);
                chosen.remove(side);
                text.setSource(columnText(accountId));
                DrawnClaims fresh = new DrawnClaims();
                drawn.put(side, fresh);
                text.drawAll(json.writeValueAsString(fresh.all(marks.get(i))));
                text.select(null);
            } else {
                Map<String, Object> changed = drawn.get(side).changes(marks.get(i));
                if (changed != null) {
                    text.drawChanges(json.writeValueAsString(changed));
                }
            }
        }
        updateChoice();
    }

    /** After a change of the meeting, here or elsewhere: heads and coverage, highlights, chosen claims, pairs. */
    private void reload() {
        Workspace opened = workspaces.open(meetingId, shownAccount.get(Side.LEFT), shownAccount.get(Side.RIGHT));
        for (Side side : Side.values()) {
            ChosenClaim was = chosen.get(side);
            if (was != null) {
                try {
                    chosen.put(side, workspaces.chosen(was.claim().id()));
                } catch (NotFoundException gone) {
                    chosen.remove(side);
                    text(side).select(null);
                }
            }
        }
        show(opened);
        refreshPairs();
    }

    /** The list of pairs reloads its rows only when the meeting's pairs changed. */
    private void refreshPairs() {
        long fingerprint = workspaces.pairsFingerprint(meetingId);
        if (fingerprint != pairsOfMeeting) {
            pairsOfMeeting = fingerprint;
            pairs.getDataProvider().refreshAll();
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

    private void head(AccountSummary a, Select<AccountSummary> choice, Div head) {
        head.removeAll();
        if (a == null) {
            choice.clear();
            head.add(new Paragraph("This meeting needs accounts of two parties to compare."));
            return;
        }
        choice.setValue(a);
        head.getStyle().set("--party-colour", a.partyColour());
        Span meta = new Span(Texts.joinPresent(
                        " · ",
                        a.partyName(),
                        a.speaker(),
                        a.publisher(),
                        a.publishedOn() == null ? null : a.publishedOn().toString())
                + " · " + a.claimCount() + " claims · " + Math.round(a.coverage() * 100) + "% covered");
        meta.addClassName("meta");
        head.add(meta);
    }

    private void selected(Side side, int start, int end, String quote) {
        AccountSummary account = account(side);
        if (account == null || start < 0 || end > account.textLength() || start >= end || quote == null) {
            return;
        }
        markingSide = side;
        markDialog().open(text(side), account.id(), start, end, quote, account.speaker());
    }

    /**
     * The dialogs are made on first use, not with the screen (which would slow its opening), and then stay
     * attached while closed, so each mark or link does not build and tear one down.
     */
    MarkClaimDialog markDialog() {
        if (markDialog == null) {
            markDialog = new MarkClaimDialog(claims, this::marked);
            add(markDialog);
        }
        return markDialog;
    }

    LinkDialog linkDialog() {
        if (linkDialog == null) {
            linkDialog = new LinkDialog(pairing, this::linked, this::linkedBlind);
            add(linkDialog);
        }
        return linkDialog;
    }

    private void marked(Claim claim) {
        Side side = markingSide;
        chosen.put(side, new ChosenClaim(claim, HighlightState.UNPAIRED, null));
        lastChosen = side;
        text(side).select(claim.id());
        afterChange(List.of(claim.id()));
    }

    void chosen(Side side, long claimId) {
        ChosenClaim claim;
        try {
            claim = workspaces.chosen(claimId);
        } catch (NotFoundException gone) {
            // Deleted a moment ago by someone else; the change notice is about to redraw the column.
            return;
        }
        if (!Long.valueOf(claim.claim().accountId()).equals(shownAccount.get(side))) {
            return;
        }
        chosen.put(side, claim);
        text(side).select(claimId);
        lastChosen = side;
        updateChoice();
    }

    private void clearChoice() {
        chosen.clear();
        lastChosen = null;
        leftText.select(null);
        rightText.select(null);
        updateChoice();
    }

    private void updateChoice() {
        ChosenClaim left = chosen.get(Side.LEFT);
        ChosenClaim right = chosen.get(Side.RIGHT);
        ChosenClaim last = lastChosen == null ? null : chosen.get(lastChosen);
        enable(link, left != null && right != null);
        // Only the claim's author or an editor may mark it; the service refuses anyone else anyway.
        enable(
                noCounterpart,
                last != null
                        && !last.paired()
                        && currentUser.ownsOrEdits(last.claim().createdBy()));
        if (left == null && right == null) {
            chosenInfo.setText(
                    "Select text or click a sentence to mark a claim; click a claim in each column to pair them.");
            return;
        }
        String text = "Chosen: " + quoted(left) + " ↔ " + quoted(right);
        if (last != null && last.claim().noCounterpart()) {
            text += " · No counterpart: " + last.claim().noCounterpartNote();
        }
        chosenInfo.setText(text);
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
            linkDialog()
                    .open(
                            List.of(),
                            workspaces.chosen(existing.leftClaimId()).claim(),
                            workspaces.chosen(existing.rightClaimId()).claim(),
                            existing,
                            pairing.evidence(existing.id()));
        } else {
            linkDialog()
                    .open(
                            List.of(leftText, rightText),
                            chosen.get(Side.LEFT).claim(),
                            chosen.get(Side.RIGHT).claim(),
                            null,
                            List.of());
        }
    }

    private void linked(ClaimPair saved, boolean created) {
        if (created) {
            String relation = saved.relation().label();
            AfterAnswer.push(LIST_AFTER_MILLIS, () -> Notices.done("Draft pair saved: " + relation));
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
        ChosenClaim claim = lastChosen == null ? null : chosen.get(lastChosen);
        if (claim != null) {
            new NoCounterpartDialog(
                            claim,
                            claims,
                            () -> afterChange(List.of(claim.claim().id())))
                    .open();
        }
    }

    /**
     * This person's own change: just the claims it touched are read and redrawn, at once; the change
     * notice that follows brings the column heads and anything else up to date.
     */
    private void afterChange(List<Long> touched) {
        for (Side side : Side.values()) {
            ChosenClaim was = chosen.get(side);
            if (was != null && touched.contains(was.claim().id())) {
                chosen.put(side, workspaces.chosen(was.claim().id()));
            }
        }
        Map<Long, List<ClaimMark>> marks = workspaces.marksOf(touched);
        List<Long> present =
                marks.values().stream().flatMap(List::stream).map(ClaimMark::id).toList();
        List<Long> gone = touched.stream().filter(id -> !present.contains(id)).toList();
        for (Side side : Side.values()) {
            Long accountId = shownAccount.get(side);
            if (accountId != null) {
                Map<String, Object> changed = drawn.get(side).update(marks.getOrDefault(accountId, List.of()), gone);
                if (changed != null) {
                    text(side).drawChanges(json.writeValueAsString(changed));
                }
            }
        }
        updateChoice();
        // The list of pairs follows in a push of its own once the browser has drawn the highlights, so they
        // are not kept waiting for it.
        AfterAnswer.push(LIST_AFTER_MILLIS, this::refreshPairs);
    }

    /** The author's own pair that may still change: drafts and pairs an editor sent back. */
    private boolean ownEditable(ClaimPair pair) {
        return pair.status().editable()
                && currentUser.get().map(u -> u.id() == pair.authorId()).orElse(false);
    }

    /** Hands the pair to the editors; the service refuses anyone but the author. */
    private void submitPair(ClaimPair pair) {
        if (Notices.attempt(() -> pairing.submit(pair.id(), pair.version()))) {
            Notices.done("Submitted for review");
        }
        afterChange(List.of(pair.leftClaimId(), pair.rightClaimId()));
    }

    /** The service refuses anyone but the author, whatever the browser sends. */
    private void deletePair(ClaimPair pair) {
        Notices.attempt(() -> pairing.delete(pair.id(), pair.version()));
        afterChange(List.of(pair.leftClaimId(), pair.rightClaimId()));
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
            Side side = sideOf(c);
            chosen.put(side, c);
            text(side).select(c.claim().id());
            text(side).reveal(c.claim().id());
        }
        lastChosen = null;
        updateChoice();
    }

    private Side sideOf(ChosenClaim claim) {
        for (Side side : Side.values()) {
            if (Long.valueOf(claim.claim().accountId()).equals(shownAccount.get(side))) {
                return side;
            }
        }
        return null;
    }

    private AccountSummary account(Side side) {
        return workspace == null ? null : side == Side.LEFT ? workspace.left() : workspace.right();
    }

    private AnnotatedText text(Side side) {
        return side == Side.LEFT ? leftText : rightText;
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

    private static Div column(Select<AccountSummary> choice, Div head, AnnotatedText text) {
        choice.setWidthFull();
        head.addClassName("column-head");
        Div column = new Div(choice, head, text);
        column.addClassName("workspace-column");
        return column;
    }

    /** The highlight colours as the stylesheet defines them (--parallax-<token>), named for people. */
    private static Div legend() {
        Div legend = new Div();
        legend.addClassName("legend");
        Map<String, String> swatches = new LinkedHashMap<>();
        swatches.put(HighlightState.UNPAIRED.token(), "unpaired");
        for (Relation relation : Relation.values()) {
            swatches.put(relation.token(), relation.label());
        }
        swatches.put(HighlightState.APPROVED.token(), "approved");
        swatches.put(HighlightState.NO_COUNTERPART.token(), "no counterpart");
        swatches.forEach((token, label) -> {
            Span s = new Span(label);
            s.getStyle().set("--swatch", "var(--parallax-" + token + ")");
            legend.add(s);
        });
        return legend;
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
