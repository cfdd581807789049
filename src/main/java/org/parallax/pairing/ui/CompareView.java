package org.parallax.pairing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.account.AccountSummary;
import org.parallax.base.MeetingChanges;
import org.parallax.base.NotFoundException;
import org.parallax.base.Texts;
import org.parallax.claim.ClaimService;
import org.parallax.pairing.AccountPane;
import org.parallax.pairing.ClaimMark;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.ColumnText;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Workspace;
import org.parallax.pairing.WorkspaceService;
import org.parallax.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison workspace: two accounts side by side. Select text (or click a sentence) to mark a
 * claim; click a claim in each column and "Link" to pair them; the meeting's pairs are listed below.
 * The URL names the two accounts, so it can be shared.
 */
@Route("meetings/:meetingId/compare")
@PermitAll
class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkspaceService workspaces;
    private final ClaimService claims;
    private final PairingService pairing;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    final Select<AccountSummary> leftChoice = new Select<>();
    final Select<AccountSummary> rightChoice = new Select<>();
    final AnnotatedText leftText = new AnnotatedText((s, e, q) -> selected(Side.LEFT, s, e, q), id -> chosen(Side.LEFT, id));
    final AnnotatedText rightText = new AnnotatedText((s, e, q) -> selected(Side.RIGHT, s, e, q), id -> chosen(Side.RIGHT, id));
    private final Map<AnnotatedText, Long> shownAccount = new HashMap<>();
    private List<ClaimPair> shownPairs;
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

    private long meetingId;
    private Workspace workspace;
    private Long leftClaim;
    private Long rightClaim;
    private Side lastChosen;
    private final MeetingChanges changes;
    private AutoCloseable subscription;
    private final java.util.concurrent.atomic.AtomicBoolean reloadPending = new java.util.concurrent.atomic.AtomicBoolean();

    enum Side { LEFT, RIGHT }

    private static final List<String> STATES = List.of("unpaired", "paired", "approved", "no-counterpart");
    private static final List<String> RELATIONS = java.util.Arrays.asList(null, "contradicts", "partly-contradicts", "consistent");

    CompareView(WorkspaceService workspaces, ClaimService claims, PairingService pairing, CurrentUser currentUser,
                JsonMapper json, MeetingChanges changes) {
        this.changes = changes;
        this.workspaces = workspaces;
        this.claims = claims;
        this.pairing = pairing;
        this.currentUser = currentUser;
        this.json = json;
        addClassName("page");
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
        link.addClickShortcut(Key.KEY_L, com.vaadin.flow.component.KeyModifier.ALT);
        noCounterpart.setEnabled(false);
        noCounterpart.addClickListener(e -> openNoCounterpart());
        Button cancel = new Button("Clear choice", e -> clearChoice());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickShortcut(Key.ESCAPE);
        chosenInfo.addClassName("selection-info");

        pairs.addColumn(p -> p.leftParty() + ": “" + p.leftQuote() + "”").setHeader("Claim").setFlexGrow(2);
        pairs.addColumn(p -> p.rightParty() + ": “" + p.rightQuote() + "”").setHeader("Counter-claim").setFlexGrow(2);
        pairs.addColumn(p -> p.relation().toLowerCase().replace('_', ' ')).setHeader("Relation").setAutoWidth(true);
        pairs.addColumn(p -> p.status().toLowerCase().replace('_', ' ')).setHeader("Status").setAutoWidth(true);
        pairs.addColumn(ClaimPair::author).setHeader("Author").setAutoWidth(true);
        pairs.addComponentColumn(this::pairActions).setHeader("").setAutoWidth(true);
        pairs.setHeight("22rem");
        pairs.setEmptyStateText("No pairs yet: click a claim in each column, then “Link chosen claims”.");
        pairs.addItemClickListener(e -> showPair(e.getItem()));

        scrollTogether.addValueChangeListener(e -> gutter.setSync(e.getValue()));
        Div toolbar = new Div(link, noCounterpart, cancel, scrollTogether, chosenInfo);
        toolbar.addClassName("toolbar");
        Div columns = new Div(column(leftChoice, leftHead, leftText), gutter, column(rightChoice, rightHead, rightText));
        columns.addClassName("workspace");
        add(back, title, toolbar, legend(), columns, new H2("Pairs"), pairs);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        subscribeToChanges(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unsubscribe();
    }

    /** Other people's claims and pairs appear within a second, through Push; bursts are coalesced. */
    private void subscribeToChanges(UI ui) {
        unsubscribe();
        if (meetingId <= 0) {
            return;
        }
        subscription = changes.subscribe(meetingId, () -> {
            if (reloadPending.compareAndSet(false, true)) {
                ui.access(() -> {
                    reloadPending.set(false);
                    if (workspace != null) {
                        reload();
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
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            load(param(query, "left"), param(query, "right"));
            subscribeToChanges(event.getUI());
        } catch (NotFoundException | NumberFormatException missing) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such meeting or account");
        }
    }

    private void load(Long left, Long right) {
        workspace = workspaces.open(meetingId, left, right);
        back.setHref("meetings/" + meetingId);
        back.setText("← " + workspace.meetingTitle());
        title.setText("Compare accounts");
        leftChoice.setItems(workspace.accounts());
        rightChoice.setItems(workspace.accounts());
        render();
    }

    private void reload() {
        load(pane(Side.LEFT).map(p -> p.account().id()).orElse(null), pane(Side.RIGHT).map(p -> p.account().id()).orElse(null));
    }

    private void render() {
        Map<Long, List<Long>> partners = new HashMap<>();
        workspace.pairs().forEach(p -> {
            partners.computeIfAbsent(p.leftClaimId(), k -> new java.util.ArrayList<>()).add(p.rightClaimId());
            partners.computeIfAbsent(p.rightClaimId(), k -> new java.util.ArrayList<>()).add(p.leftClaimId());
        });
        show(workspace.left(), leftChoice, leftHead, leftText, partners);
        show(workspace.right(), rightChoice, rightHead, rightText, partners);
        // Resetting the grid makes the browser fetch its rows again: only do it when the pairs changed.
        if (!workspace.pairs().equals(shownPairs)) {
            shownPairs = workspace.pairs();
            pairs.setItems(shownPairs);
        }
        leftText.select(leftClaim);
        rightText.select(rightClaim);
        updateChoice();
    }

    private void show(AccountPane pane, Select<AccountSummary> choice, Div head, AnnotatedText text,
                      Map<Long, List<Long>> partners) {
        head.removeAll();
        if (pane == null) {
            choice.clear();
            text.clearSource();
            shownAccount.remove(text);
            head.add(new Paragraph("This meeting needs accounts of two parties to compare."));
            return;
        }
        AccountSummary a = pane.account();
        choice.setValue(a);
        head.getStyle().set("--party-colour", a.partyColour());
        Span meta = new Span(Texts.joinPresent(" · ", a.partyName(), a.speaker(), a.publisher(),
                a.publishedOn() == null ? null : a.publishedOn().toString())
                + " · " + a.claimCount() + " claims · " + Math.round(a.coverage() * 100) + "% covered");
        meta.addClassName("meta");
        head.add(meta);
        long accountId = a.id();
        if (!Long.valueOf(accountId).equals(shownAccount.get(text))) {
            shownAccount.put(text, accountId);
            text.setSource(event -> {
                ColumnText column = workspaces.columnText(accountId);
                event.setContentType("application/json");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("text", column.text());
                body.put("sentences", column.sentences().stream().map(s -> new int[] {s.start(), s.end()}).toList());
                json.writeValue(event.getOutputStream(), body);
            });
        }
        // Compact rows [id, start, end, state, relation]: a few bytes per claim, resent on every change.
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claims", pane.claims().stream().map(c -> new long[] {c.id(), c.start(), c.end(),
                STATES.indexOf(c.state()), RELATIONS.indexOf(c.relation())}).toList());
        Map<String, List<Long>> own = new HashMap<>();
        pane.claims().forEach(c -> Optional.ofNullable(partners.get(c.id())).ifPresent(p -> own.put(String.valueOf(c.id()), p)));
        data.put("partners", own);
        text.setClaims(json.writeValueAsString(data));
    }

    private void selected(Side side, int start, int end, String quote) {
        pane(side).ifPresent(pane -> {
            if (start < 0 || end > pane.account().textLength() || start >= end || quote == null) {
                return;
            }
            new MarkClaimDialog(pane.account().id(), start, end, quote,
                    pane.account().speaker(), claims, claim -> {
                        if (side == Side.LEFT) {
                            leftClaim = claim.id();
                        } else {
                            rightClaim = claim.id();
                        }
                        lastChosen = side;
                        // Draw the new claim at once from what we have; the change notice that follows
                        // brings everyone's view, this one included, up to date with the database.
                        addLocally(side, new ClaimMark(claim.id(), claim.start(), claim.end(), claim.quote(),
                                "unpaired", null, claim.speaker(), claim.topic(), claim.kind(), claim.version()));
                    }).open();
        });
    }

    private void addLocally(Side side, ClaimMark mark) {
        AccountPane pane = pane(side).orElseThrow();
        List<ClaimMark> marks = new java.util.ArrayList<>(pane.claims());
        marks.add(mark);
        marks.sort(java.util.Comparator.comparingInt(ClaimMark::start));
        AccountPane updated = new AccountPane(pane.account(), marks);
        workspace = new Workspace(workspace.meetingId(), workspace.meetingTitle(), workspace.accounts(),
                side == Side.LEFT ? updated : workspace.left(), side == Side.RIGHT ? updated : workspace.right(),
                workspace.pairs());
        render();
    }

    void chosen(Side side, long claimId) {
        if (side == Side.LEFT) {
            leftClaim = claimId;
            leftText.select(claimId);
        } else {
            rightClaim = claimId;
            rightText.select(claimId);
        }
        lastChosen = side;
        updateChoice();
    }

    private void clearChoice() {
        leftClaim = null;
        rightClaim = null;
        lastChosen = null;
        leftText.select();
        rightText.select();
        updateChoice();
    }

    private void updateChoice() {
        Optional<ClaimMark> left = mark(Side.LEFT, leftClaim);
        Optional<ClaimMark> right = mark(Side.RIGHT, rightClaim);
        link.setEnabled(left.isPresent() && right.isPresent());
        noCounterpart.setEnabled(lastChosen != null && mark(lastChosen, lastChosen == Side.LEFT ? leftClaim : rightClaim)
                .filter(m -> !m.state().equals("paired") && !m.state().equals("approved")).isPresent());
        chosenInfo.setText(left.isEmpty() && right.isEmpty()
                ? "Select text or click a sentence to mark a claim; click a claim in each column to pair them."
                : "Chosen: " + left.map(m -> "“" + shorten(m.quote()) + "”").orElse("—") + " ↔ "
                        + right.map(m -> "“" + shorten(m.quote()) + "”").orElse("—"));
    }

    private void openLink(ClaimPair existing) {
        if (existing != null) {
            Optional<ClaimMark> l = findMark(existing.leftClaimId());
            Optional<ClaimMark> r = findMark(existing.rightClaimId());
            if (l.isEmpty() || r.isEmpty()) {
                Notification.show("Open both accounts of this pair to edit it.");
                return;
            }
            new LinkDialog(l.get(), r.get(), existing, pairing.evidence(existing.id()), pairing, saved -> reload()).open();
            return;
        }
        new LinkDialog(mark(Side.LEFT, leftClaim).orElseThrow(), mark(Side.RIGHT, rightClaim).orElseThrow(), null,
                List.of(), pairing, saved -> {
                    Notification.show("Draft pair saved: " + saved.relation().toLowerCase().replace('_', ' '), 3000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                    clearChoice();
                    reload();
                }).open();
    }

    private void openNoCounterpart() {
        Long id = lastChosen == Side.LEFT ? leftClaim : rightClaim;
        mark(lastChosen, id).ifPresent(m -> new NoCounterpartDialog(m, claims, this::reload).open());
    }

    private Div pairActions(ClaimPair pair) {
        Div actions = new Div();
        boolean own = currentUser.get().map(u -> u.id() == pair.authorId()).orElse(false);
        if (own && pair.status().equals("DRAFT")) {
            Button edit = new Button("Edit", e -> openLink(pair));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            Button delete = new Button("Delete", e -> {
                try {
                    pairing.delete(pair.id(), pair.version());
                } catch (IllegalArgumentException | OptimisticLockingFailureException ex) {
                    Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.ERROR);
                }
                reload();
            });
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            actions.add(edit, delete);
        }
        return actions;
    }

    private void showPair(ClaimPair pair) {
        if (findMark(pair.leftClaimId()).isEmpty() || findMark(pair.rightClaimId()).isEmpty()) {
            return;
        }
        boolean leftIsLeft = mark(Side.LEFT, pair.leftClaimId()).isPresent();
        leftClaim = leftIsLeft ? pair.leftClaimId() : pair.rightClaimId();
        rightClaim = leftIsLeft ? pair.rightClaimId() : pair.leftClaimId();
        leftText.select(leftClaim);
        rightText.select(rightClaim);
        leftText.reveal(leftClaim);
        rightText.reveal(rightClaim);
        lastChosen = null;
        updateChoice();
    }

    private Optional<AccountPane> pane(Side side) {
        return Optional.ofNullable(workspace == null ? null : side == Side.LEFT ? workspace.left() : workspace.right());
    }

    private Optional<ClaimMark> mark(Side side, Long claimId) {
        if (side == null || claimId == null) {
            return Optional.empty();
        }
        return pane(side).flatMap(p -> p.claims().stream().filter(c -> c.id() == claimId).findFirst());
    }

    private Optional<ClaimMark> findMark(long claimId) {
        return mark(Side.LEFT, claimId).or(() -> mark(Side.RIGHT, claimId));
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

    private static Div legend() {
        Div legend = new Div();
        legend.addClassName("legend");
        Map<String, String> swatches = new LinkedHashMap<>();
        swatches.put("unpaired", "#fff1a8");
        swatches.put("contradicts", "#ffc9c4");
        swatches.put("partly contradicts", "#ffe0b3");
        swatches.put("consistent", "#c8ecd6");
        swatches.put("approved", "#b9d7ff");
        swatches.put("no counterpart", "#e4dcf5");
        swatches.forEach((label, colour) -> {
            Span s = new Span(label);
            s.getStyle().set("--swatch", colour);
            legend.add(s);
        });
        return legend;
    }

    private static Long param(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : Long.parseLong(values.getFirst());
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    @Override
    public String getPageTitle() {
        return "Compare · Parallax";
    }
}
