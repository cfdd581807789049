package org.parallax.pairing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.parallax.account.AccountSummary;
import org.parallax.base.Formats;
import org.parallax.base.Texts;
import org.parallax.pairing.ChosenClaim;
import org.parallax.pairing.ClaimMark;
import tools.jackson.databind.json.JsonMapper;

/**
 * One side of the comparison: the account chooser, the account's head, its text with the claims drawn,
 * and the claim chosen in it. The screen has two; nothing here knows which side it is on.
 */
final class CompareColumn extends Div {

    final Select<AccountSummary> choice = new Select<>();
    final Div head = new Div();
    final AnnotatedText text;
    private final JsonMapper json;
    private DrawnClaims drawn;
    private Long shownAccount;
    private ChosenClaim chosen;

    CompareColumn(String name, JsonMapper json, AnnotatedText.SelectionListener onSelect, LongConsumer onClaim) {
        this.json = json;
        text = new AnnotatedText(onSelect, onClaim);
        choice.setItemLabelGenerator(a -> a.partyCode() + " · " + a.title());
        choice.setAriaLabel(name + " account");
        choice.setWidthFull();
        text.getElement().setAttribute("aria-label", name + " account text");
        head.addClassName("column-head");
        add(choice, head, text);
        addClassName("workspace-column");
    }

    /** The account's party, source and coverage; or why there is nothing to show. */
    void showHead(AccountSummary a) {
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
                        a.publishedOn() == null ? null : Formats.day(a.publishedOn()))
                + " · " + a.coverageText());
        meta.addClassName("meta");
        head.add(meta);
    }

    /** No account on this side any more. */
    void empty() {
        text.clearSource();
        shownAccount = null;
        drawn = null;
        chosen = null;
    }

    boolean shows(long accountId) {
        return shownAccount != null && shownAccount == accountId;
    }

    Long shownAccount() {
        return shownAccount;
    }

    /**
     * Brings the highlights up to date: a newly shown account gets its text and all its claims, the one
     * shown already only what changed.
     */
    void draw(long accountId, List<ClaimMark> marks, LongFunction<DownloadHandler> source) {
        if (!shows(accountId)) {
            shownAccount = accountId;
            chosen = null;
            text.setSource(source.apply(accountId));
            drawn = new DrawnClaims();
            text.drawAll(json.writeValueAsString(drawn.all(marks)));
            text.select(null);
        } else {
            send(drawn.changes(marks));
        }
    }

    /** Redraws just the claims a change touched (and drops those that went). */
    void update(List<ClaimMark> marks, List<Long> gone) {
        if (shownAccount != null) {
            send(drawn.update(marks, gone));
        }
    }

    private void send(Map<String, Object> changed) {
        if (changed != null) {
            text.drawChanges(json.writeValueAsString(changed));
        }
    }

    ChosenClaim chosen() {
        return chosen;
    }

    /** Chooses a claim of this column and shows it chosen. */
    void choose(ChosenClaim claim) {
        chosen = claim;
        text.select(claim.claim().id());
    }

    /** The chosen claim as it is now (after a change), or none when it is gone. */
    void rechosen(ChosenClaim now) {
        chosen = now;
        if (now == null) {
            text.select(null);
        }
    }

    void clearChoice() {
        chosen = null;
        text.select(null);
    }

    void reveal(long claimId) {
        text.reveal(claimId);
    }
}
