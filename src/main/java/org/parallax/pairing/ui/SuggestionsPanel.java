package org.parallax.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.parallax.account.AccountSummary;
import org.parallax.base.ui.Notices;
import org.parallax.base.ui.PartyChip;
import org.parallax.pairing.AcceptedSuggestion;
import org.parallax.pairing.PairingService;
import org.parallax.suggestion.Reason;
import org.parallax.suggestion.Suggestion;
import org.parallax.suggestion.SuggestionService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggested contradictions between the two accounts shown, in place of the pairs list while it is open:
 * best first, each with what the two passages share and what opposes them. Choosing one scrolls both texts
 * to it; "Accept…" makes its claims and a draft pair (relation and rationale confirmed in a dialog);
 * "Dismiss" puts it away for the meeting. The passages are marked in the columns apart from claims.
 */
final class SuggestionsPanel extends Div {

    /** Suggestions listed at once: a reviewer's first hour, not the whole text. */
    static final int SHOWN = 30;

    private final SuggestionService suggestions;
    private final PairingService pairing;
    private final JsonMapper json;
    private final Consumer<AcceptedSuggestion> accepted;
    private final Div list = new Div();
    private final Paragraph state = new Paragraph();
    private final List<Suggestion> shown = new ArrayList<>();
    private long meetingId;
    private CompareColumn left;
    private CompareColumn right;
    private AccountSummary leftAccount;
    private AccountSummary rightAccount;

    SuggestionsPanel(
            SuggestionService suggestions,
            PairingService pairing,
            JsonMapper json,
            Consumer<AcceptedSuggestion> accepted) {
        this.suggestions = suggestions;
        this.pairing = pairing;
        this.json = json;
        this.accepted = accepted;
        Div head = new Div(new H3("Suggested contradictions"), state);
        head.addClassName("pairs-head");
        state.addClassName("muted");
        list.addClassName("suggestion-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", "Suggested contradictions");
        add(head, list);
        addClassNames("pairs-pane", "suggestions-pane");
    }

    /** Suggests between the two accounts in the columns (again, after any change), and marks them there. */
    void show(
            long meetingId,
            CompareColumn left,
            AccountSummary leftAccount,
            CompareColumn right,
            AccountSummary rightAccount) {
        this.meetingId = meetingId;
        this.left = left;
        this.right = right;
        this.leftAccount = leftAccount;
        this.rightAccount = rightAccount;
        refresh();
    }

    void refresh() {
        if (leftAccount == null || rightAccount == null) {
            redraw(List.of(), "Choose an account of each party to see suggestions.");
            return;
        }
        List<Suggestion> now;
        try {
            now = suggestions.suggest(meetingId, leftAccount.id(), rightAccount.id(), SHOWN);
        } catch (IllegalArgumentException refused) {
            redraw(List.of(), refused.getMessage());
            return;
        }
        if (!now.isEmpty() && drawn(now).equals(drawn(shown))) {
            // Someone changed something else in the meeting: the rows stay as they are, so that a click on
            // one of them at that moment still reaches it instead of a row just taken away. What they act on
            // is brought up to date (a passage may have become a claim since).
            shown.clear();
            shown.addAll(now);
            mark();
            return;
        }
        redraw(
                now,
                now.isEmpty()
                        ? "Nothing stands out: no two passages share a subject and oppose each other."
                        : now.size() + " to look at, most likely first. They are leads, not findings.");
    }

    /**
     * What the rows show: passages, score and reasons. Scores are compared as the percentages shown, since
     * summed in another order they differ in their last bits from one computation to the next.
     */
    private static List<List<Object>> drawn(List<Suggestion> list) {
        return list.stream()
                .map(s -> List.<Object>of(s.key(), Math.round(s.score() * 100), s.reasons()))
                .toList();
    }

    /** The suggestion as it is now (a row may have been drawn before one of its passages became a claim). */
    private Suggestion current(Suggestion drawnAs) {
        return shown.stream()
                .filter(s -> s.key().equals(drawnAs.key()))
                .findFirst()
                .orElse(drawnAs);
    }

    private void redraw(List<Suggestion> now, String said) {
        list.removeAll();
        shown.clear();
        shown.addAll(now);
        state.setText(said);
        shown.forEach(s -> list.add(row(s)));
        mark();
    }

    /** Takes the marks out of the columns (the panel is closed). */
    void clear() {
        shown.clear();
        list.removeAll();
        mark();
    }

    private void mark() {
        if (left != null) {
            left.text.showSuggestions(spans(true));
        }
        if (right != null) {
            right.text.showSuggestions(spans(false));
        }
    }

    private String spans(boolean leftSide) {
        return json.writeValueAsString(shown.stream()
                .map(s -> leftSide ? s.left() : s.right())
                .map(p -> new int[] {p.start(), p.end()})
                .toList());
    }

    private Div row(Suggestion s) {
        Span score = new Span(String.format(Locale.ROOT, "%d%%", Math.round(s.score() * 100)));
        score.addClassName("suggestion-score");
        score.getElement().setAttribute("title", "How likely a contradiction, by the suggestion's reasons");
        Div quotes = new Div(
                quote(leftAccount, s.left().text()),
                quote(rightAccount, s.right().text()));
        quotes.addClassName("suggestion-quotes");
        Div reasons = new Div();
        reasons.addClassName("suggestion-reasons");
        for (Reason r : s.reasons()) {
            Span reason = new Span((r.kind() == Reason.Kind.SHARES ? "Shared: " : "Opposed: ") + r.text());
            reason.addClassName("reason-" + r.kind().token());
            reasons.add(reason);
        }
        Button accept = new Button(
                "Accept…", e -> new AcceptSuggestionDialog(current(s), leftAccount, rightAccount, this::accept).open());
        accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        Button dismiss = new Button("Dismiss", e -> dismiss(current(s)));
        dismiss.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Div actions = new Div(accept, dismiss);
        actions.addClassName("suggestion-actions");
        Div row = new Div(score, quotes, reasons, actions);
        row.addClassName("suggestion");
        row.getElement().setAttribute("role", "listitem");
        row.addClickListener(e -> {
            left.text.revealSpan(s.left().start(), s.left().end());
            right.text.revealSpan(s.right().start(), s.right().end());
        });
        return row;
    }

    private static Div quote(AccountSummary account, String text) {
        Span words = new Span(text.length() > 220 ? text.substring(0, 220) + "…" : text);
        Div quote = new Div(new PartyChip(account.partyCode(), account.partyColour(), account.partyName()), words);
        quote.addClassName("suggestion-quote");
        return quote;
    }

    private void accept(AcceptSuggestionDialog.Choice choice) {
        AcceptedSuggestion made = pairing.accept(
                meetingId, choice.suggestion().key(), choice.relation(), choice.rationale(), choice.topic());
        Notices.done(
                made.pair() == null
                        ? "Suggestion accepted: blind pair kept for the agreement round."
                        : "Suggestion accepted: draft pair saved ("
                                + made.pair().relation().label() + ").");
        accepted.accept(made);
        refresh();
    }

    private void dismiss(Suggestion s) {
        suggestions.dismiss(meetingId, s.key());
        Notices.done("Suggestion dismissed for this meeting.");
        refresh();
    }
}
