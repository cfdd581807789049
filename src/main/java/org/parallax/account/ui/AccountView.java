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
import org.parallax.account.AccountKind;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.account.CorrectionResult;
import org.parallax.base.Formats;
import org.parallax.base.NotFoundException;
import org.parallax.base.Texts;
import org.parallax.base.ui.Notices;
import org.parallax.base.ui.PartyChip;
import org.parallax.claim.ClaimService;
import org.parallax.claim.ui.RemovalDialog;
import org.parallax.party.PartyService;

/**
 * One account: its source details, its current text, "correct text", its details edited, the account
 * deleted, and the claims a correction left for a person put back in place.
 */
@Route("accounts")
@PermitAll
class AccountView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AccountService accounts;
    private final ClaimService claims;
    private AccountSummary account;
    final FlaggedClaims attention;
    final Button correct = new Button("Correct text");
    final Button details = new Button("Edit details");
    final Button delete = new Button("Delete account");
    SelectableText text;

    AccountView(AccountService accounts, ClaimService claims, PartyService parties) {
        this.accounts = accounts;
        this.claims = claims;
        addClassName("page");
        attention = new FlaggedClaims(claims, this::selection, () -> show(accounts.get(account.id())));
        correct.addClickListener(
                e -> new CorrectTextDialog(account, accounts.text(account.id()), accounts, this::corrected).open());
        details.addClickListener(e -> new AccountDetailsDialog(account, accounts, parties, saved -> {
                    Notices.done("Details saved.");
                    show(saved);
                })
                .open());
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(e -> new RemovalDialog(
                        "the account “" + account.title() + "”", accounts.removalOf(account.id()), () -> {
                            long meeting = account.meetingId();
                            if (Notices.attempt(() -> accounts.delete(account.id(), account.version()))) {
                                Notices.done("Account deleted.");
                                getUI().ifPresent(ui -> ui.navigate("meetings/" + meeting));
                            }
                        })
                .open());
    }

    private FlaggedClaims.Selection selection() {
        return text.selectionEnd() > text.selectionStart()
                ? new FlaggedClaims.Selection(text.selectionStart(), text.selectionEnd())
                : null;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(accounts.get(id));
        } catch (NotFoundException missing) {
            // qualified: Vaadin's NotFoundException, ours is imported
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, missing.getMessage());
        }
    }

    private void show(AccountSummary a) {
        account = a;
        removeAll();
        String body = accounts.text(a.id());
        int sentences = accounts.sentences(a.id()).size();
        H2 title = new H2(new PartyChip(a.partyCode(), a.partyColour(), a.partyName()), new Span(" " + a.title()));
        Paragraph meta = new Paragraph(Texts.joinPresent(
                " · ",
                a.speaker(),
                a.publisher(),
                a.publishedOn() == null ? null : Formats.day(a.publishedOn()),
                "language " + a.language(),
                a.kind() == AccountKind.REPORT ? "report about a statement" : "official statement"));
        meta.addClassName("muted");
        Div figures = new Div(
                new Span("Revision " + a.revisionNo()),
                new Span(a.textLength() + " characters"),
                new Span(sentences + (sentences == 1 ? " sentence" : " sentences")),
                new Span(a.coverageText()));
        figures.addClassName("figures");
        text = new SelectableText(body, (start, end) -> {});
        text.addClassName("account-text");
        // Offered to those the service lets do it: the importer or an editor.
        boolean mayChange = accounts.mayChange(a);
        details.setVisible(mayChange);
        delete.setVisible(mayChange);
        Div toolbar = new Div(correct, details, delete);
        toolbar.addClassName("toolbar");
        add(new Anchor("meetings/" + a.meetingId(), "← Back to the meeting"), title, meta, figures, toolbar, attention);
        if (a.sourceDocumentId() != null) {
            add(new Anchor("sources/" + a.sourceDocumentId(), "Excerpt of a source document: open it"));
        }
        if (a.sourceUrl() != null) {
            add(new Anchor(a.sourceUrl(), a.sourceUrl()));
        }
        add(text);
        attention.show(claims.flaggedOfAccount(a.id()));
    }

    private void corrected(CorrectionResult result) {
        Notices.done("Saved revision " + result.account().revisionNo() + "; "
                + Texts.count(result.reanchored().size(), "claim") + " moved with the text, "
                + result.needAttention().size() + " need a look.");
        show(result.account());
    }

    @Override
    public String getPageTitle() {
        return (account == null ? "Account" : account.title()) + " · Parallax";
    }
}
