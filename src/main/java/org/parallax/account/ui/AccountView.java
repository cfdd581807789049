package org.parallax.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.parallax.account.AccountService;
import org.parallax.account.AccountSummary;
import org.parallax.account.CorrectionResult;
import org.parallax.base.NotFoundException;
import org.parallax.base.Texts;
import org.parallax.base.ui.Notices;
import org.parallax.base.ui.PartyChip;
import org.parallax.claim.AnchorStatus;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimService;

/** One account: its source details, its current text, and "correct text". */
@Route("accounts")
@PermitAll
class AccountView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AccountService accounts;
    private final ClaimService claims;
    private AccountSummary account;
    final Div attention = new Div();
    final Button correct = new Button("Correct text");
    Div text;

    AccountView(AccountService accounts, ClaimService claims) {
        this.accounts = accounts;
        this.claims = claims;
        addClassName("page");
        correct.addClickListener(
                e -> new CorrectTextDialog(account, accounts.text(account.id()), accounts, this::corrected).open());
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
                a.publishedOn() == null ? null : a.publishedOn().toString(),
                "language " + a.language(),
                a.kind().equals("REPORT") ? "report about a statement" : "official statement"));
        meta.addClassName("muted");
        Div figures = new Div(
                new Span("Revision " + a.revisionNo()),
                new Span(a.textLength() + " characters"),
                new Span(sentences + (sentences == 1 ? " sentence" : " sentences")),
                new Span(a.claimCount() + (a.claimCount() == 1 ? " claim" : " claims")),
                new Span(Math.round(a.coverage() * 100) + "% covered"));
        figures.addClassName("figures");
        text = new Div(body);
        text.addClassName("account-text");
        Div toolbar = new Div(correct);
        toolbar.addClassName("toolbar");
        add(new Anchor("meetings/" + a.meetingId(), "← Back to the meeting"), title, meta, figures, toolbar, attention);
        if (a.sourceDocumentId() != null) {
            add(new Anchor("sources/" + a.sourceDocumentId(), "Excerpt of a source document: open it"));
        }
        if (a.sourceUrl() != null) {
            add(new Anchor(a.sourceUrl(), a.sourceUrl()));
        }
        add(text);
        showAttention(claims.ofAccount(a.id()).stream()
                .filter(c -> c.anchorStatus() == AnchorStatus.NEEDS_ATTENTION)
                .toList());
    }

    private void corrected(CorrectionResult result) {
        Notices.done("Saved revision " + result.account().revisionNo() + "; "
                + result.reanchored().size() + " claim(s) moved with the text, "
                + result.needAttention().size() + " need a look.");
        show(result.account());
    }

    private void showAttention(List<Claim> flagged) {
        attention.removeAll();
        if (flagged.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("report-list");
        flagged.forEach(c -> list.add(new ListItem("“" + c.quote() + "”")));
        attention.add(
                new H3("Claims that could not be found exactly in the corrected text"),
                new Paragraph("They stay anchored to the earlier revision until a person re-marks them."),
                list);
    }

    @Override
    public String getPageTitle() {
        return (account == null ? "Account" : account.title()) + " · Parallax";
    }
}
