package org.parallax.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.parallax.account.AccountService;
import org.parallax.account.SourceDocument;
import org.parallax.account.SourceExcerpt;
import org.parallax.base.NotFoundException;
import org.parallax.base.ui.Notices;
import org.parallax.party.PartyService;

/** A source document: select a passage with the mouse and make it an account of the party it quotes. */
@Route("sources")
@PermitAll
class SourceDocumentView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AccountService accounts;
    private final PartyService parties;
    final Button makeAccount = new Button("Make account from selection");
    final Span selectionInfo = new Span("Select a passage in the text below.");
    SelectableText text;
    final Paragraph excerpted = new Paragraph();
    private SourceDocument source;

    SourceDocumentView(AccountService accounts, PartyService parties) {
        this.accounts = accounts;
        this.parties = parties;
        // The text scrolls in its own pane under the toolbar, so "Make account from selection" stays next to
        // the passage being selected however far down it is.
        addClassNames("page", "workspace-page", "source-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            source = accounts.source(id);
        } catch (NotFoundException missing) {
            // qualified: Vaadin's NotFoundException, ours is imported
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, missing.getMessage());
            return;
        }
        removeAll();
        text = new SelectableText(source.text(), this::selected);
        text.getElement().setAttribute("aria-label", "Text of " + source.title());
        makeAccount.addThemeVariants(ButtonVariant.PRIMARY);
        makeAccount.setEnabled(false);
        makeAccount.addClickListener(e -> openExcerpt());
        selectionInfo.addClassName("selection-info");
        Div toolbar = new Div(makeAccount, selectionInfo);
        toolbar.addClassName("toolbar");
        add(
                new Anchor("meetings/" + source.meetingId(), "← Back to the meeting"),
                new H2(source.title()),
                new Paragraph(
                        "Source document" + (source.originalFilename() == null ? "" : " · " + source.originalFilename())
                                + " · " + source.text().length() + " characters · select the words of one party "
                                + "and make them an account of that party; passages made accounts are shaded."),
                toolbar,
                excerpted,
                text);
        showExcerpts();
    }

    /** Shades the passages already made accounts and names them, so none is cut out twice by mistake. */
    private void showExcerpts() {
        List<SourceExcerpt> excerpts = accounts.excerptsOf(source.id());
        text.showExcerpts(excerpts);
        excerpted.setText(
                excerpts.isEmpty()
                        ? "No passage of it is an account yet."
                        : "Made accounts: "
                                + excerpts.stream()
                                        .map(x -> x.partyCode() + " “" + x.title() + "”")
                                        .collect(Collectors.joining(", ")));
    }

    void selected(int start, int end) {
        boolean some = end > start;
        makeAccount.setEnabled(some);
        selectionInfo.setText(
                some
                        ? "Selected " + (end - start) + " characters (" + start + "–" + end + ")"
                        : "Select a passage in the text below.");
    }

    void openExcerpt() {
        int start = text.selectionStart();
        int end = text.selectionEnd();
        new ExcerptDialog(source.id(), start, end, source.text().substring(start, end), accounts, parties, result -> {
                    Notices.done("Account “" + result.account().title() + "” added for "
                            + result.account().partyCode());
                    selected(0, 0);
                    showExcerpts();
                })
                .open();
    }

    @Override
    public String getPageTitle() {
        return (source == null ? "Source" : source.title()) + " · Parallax";
    }
}
