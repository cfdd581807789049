package org.parallax.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.account.ImportResult;
import org.parallax.account.SourceDocumentSummary;
import org.parallax.account.ui.AddAccountDialog;
import org.parallax.account.ui.ImportSourceDialog;
import org.parallax.base.Formats;
import org.parallax.base.NotFoundException;
import org.parallax.base.Texts;
import org.parallax.base.ui.Notices;
import org.parallax.base.ui.PartyChip;
import org.parallax.history.HistoryService;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.party.PartyService;
import org.parallax.security.CurrentUser;

/** A meeting: its accounts grouped by party with their claims, pairs and coverage, and its source documents. */
@Route("meetings")
@PermitAll
class MeetingView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MeetingService meetings;
    private final AccountService accounts;
    private final PartyService parties;
    private MeetingSummary meeting;
    final Button addAccount = new Button("Add account");
    final Button importSource = new Button("Import source document");
    final Button edit = new Button("Edit");
    final Button archive = new Button();
    final Button delete = new Button("Delete");
    final Div accountsByParty = new Div();
    final Div sources = new Div();

    private final CurrentUser currentUser;

    private final HistoryService histories;

    /** Everything done in this meeting, newest first, folded away until asked for. */
    private Details history(long meetingId) {
        Div lines = new Div();
        histories.storyOfMeeting(meetingId).stream()
                .limit(200)
                .forEach(line -> lines.add(new Paragraph(Formats.moment(line.occurredAt()) + " · " + line.sentence())));
        return new Details("History", lines);
    }

    MeetingView(
            MeetingService meetings,
            AccountService accounts,
            PartyService parties,
            CurrentUser currentUser,
            HistoryService histories) {
        this.histories = histories;
        this.currentUser = currentUser;
        this.meetings = meetings;
        this.accounts = accounts;
        this.parties = parties;
        addClassName("page");
        addAccount.addThemeVariants(ButtonVariant.PRIMARY);
        long maxBytes = accounts.limits().maxFileBytes();
        addAccount.addClickListener(e -> new AddAccountDialog(
                        meeting.id(), accounts, parties, maxBytes, currentUser.strategy(), this::accountAdded)
                .open());
        importSource.addClickListener(e -> new ImportSourceDialog(
                        meeting.id(), accounts, maxBytes, currentUser.strategy(), this::sourceImported)
                .open());
        edit.addClickListener(e -> new MeetingDialog(meetings, meeting, saved -> refresh()).open());
        archive.addClickListener(
                e -> act(() -> meetings.setArchived(meeting.id(), meeting.version(), !meeting.archived())));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(e -> confirmDelete());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            meeting = meetings.get(id);
            render();
        } catch (NotFoundException missing) {
            // qualified: Vaadin's NotFoundException, ours is imported
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, missing.getMessage());
        }
    }

    private void refresh() {
        meeting = meetings.get(meeting.id());
        render();
    }

    private void render() {
        removeAll();
        archive.setText(meeting.archived() ? "Unarchive" : "Archive");
        // Offered only to those the service lets do it: the creator or an editor.
        edit.setVisible(meetings.mayEdit(meeting));
        archive.setVisible(meetings.mayEdit(meeting));
        delete.setVisible(meetings.mayDelete(meeting));
        Anchor compare = new Anchor("meetings/" + meeting.id() + "/compare", "Compare accounts side by side");
        compare.addClassName("compare-link");
        Anchor agreement = new Anchor("meetings/" + meeting.id() + "/agreement", "Agreement");
        Anchor report = new Anchor("meetings/" + meeting.id() + "/report", "Report");
        Div toolbar = new Div(compare, agreement, report, addAccount, importSource, edit, archive, delete);
        toolbar.addClassName("toolbar");
        String dates = Formats.days(meeting.startsOn(), meeting.endsOn());
        Paragraph where = new Paragraph(dates
                + (meeting.location() == null ? "" : " · " + meeting.location())
                + (meeting.archived() ? " · archived" : ""));
        where.addClassName("muted");
        add(new Anchor("meetings", "← All meetings"), new H2(meeting.title()), where);
        if (meeting.description() != null) {
            add(new Paragraph(meeting.description()));
        }
        add(toolbar, accountsByParty, sources, history(meeting.id()));
        renderAccounts(accounts.ofMeeting(meeting.id()));
        renderSources(accounts.sourcesOf(meeting.id()));
    }

    private void renderAccounts(List<AccountSummary> list) {
        accountsByParty.removeAll();
        accountsByParty.add(new H3("Accounts"));
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph("No accounts yet. Add one by pasting its text or uploading a file.");
            empty.addClassName("empty-state");
            accountsByParty.add(empty);
            return;
        }
        Map<String, List<AccountSummary>> byParty = new LinkedHashMap<>();
        list.forEach(a ->
                byParty.computeIfAbsent(a.partyCode(), k -> new ArrayList<>()).add(a));
        byParty.forEach((party, partyAccounts) -> {
            AccountSummary first = partyAccounts.getFirst();
            Div section = new Div(new H3(new PartyChip(party, first.partyColour(), null), new Span(first.partyName())));
            section.addClassName("party-section");
            partyAccounts.forEach(a -> section.add(card(a)));
            accountsByParty.add(section);
        });
    }

    private Div card(AccountSummary a) {
        Anchor title = new Anchor("accounts/" + a.id(), a.title());
        title.addClassName("title");
        Span meta = new Span(Texts.joinPresent(
                " · ",
                a.speaker(),
                a.publisher(),
                a.publishedOn() == null ? null : Formats.day(a.publishedOn()),
                a.language(),
                a.sourceDocumentId() != null ? "excerpt" : null));
        meta.addClassName("meta");
        int percent = (int) Math.round(a.coverage() * 100);
        Div bar = new Div(new Div());
        bar.addClassName("coverage-bar");
        bar.getChildren()
                .findFirst()
                .ifPresent(fill -> fill.getElement().getStyle().set("width", percent + "%"));
        bar.getElement().setAttribute("title", "Coverage: claims paired or marked “no counterpart”");
        Div figures = new Div(
                new Span(Texts.count(a.claimCount(), "claim")),
                new Span(Texts.count(a.pairCount(), "pair")),
                new Span(a.coverageText()),
                bar);
        figures.addClassName("figures");
        Div card = new Div(title, meta, figures);
        card.addClassName("account-card");
        return card;
    }

    private void renderSources(List<SourceDocumentSummary> list) {
        sources.removeAll();
        if (list.isEmpty()) {
            return;
        }
        sources.add(new H3("Source documents"));
        list.forEach(s -> {
            Div row = new Div(
                    new Anchor("sources/" + s.id(), s.title()),
                    new Span(" · " + s.textLength() + " characters · " + Texts.count(s.excerptCount(), "account")
                            + " made from it"));
            row.addClassName("account-card");
            sources.add(row);
        });
    }

    private void accountAdded(ImportResult result) {
        String note = "Added “" + result.account().title() + "”: " + result.sentenceCount() + " sentences, language "
                + result.language() + (result.languageDetected() ? " (detected)" : "");
        if (!result.removedCharacters().isEmpty()) {
            note += ". Removed invisible characters: " + result.removedCharacters();
        }
        Notices.done(note);
        refresh();
    }

    private void sourceImported(SourceDocumentSummary source) {
        getUI().ifPresent(ui -> ui.navigate("sources/" + source.id()));
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete “" + meeting.title() + "”?",
                "Its accounts, claims, pairs and agreement rounds are deleted with it. The history keeps a record of the deletion.",
                "Delete",
                e -> {
                    if (Notices.attempt(() -> meetings.delete(meeting.id()))) {
                        getUI().ifPresent(ui -> ui.navigate("meetings"));
                    }
                },
                "Cancel",
                e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void act(Runnable action) {
        Notices.attempt(action);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? "Meeting" : meeting.title()) + " · Parallax";
    }
}
