package org.parallax.pairing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.LongConsumer;

/**
 * Server side of {@code <parallax-annotated>} (frontend/parallax-annotated.js): one element per column,
 * fed with JSON, instead of one server component per claim (about 8 times less session memory).
 * Offsets it reports are checked again by the services.
 */
@Tag("parallax-annotated")
class AnnotatedText extends Component {

    /** The element's script, under the context root; it imports the modules of frontend/annotated/. */
    static final String MODULE = "parallax/parallax-annotated.js";

    /** Called with the start, end and quote the browser reports; the service checks them against the text. */
    interface SelectionListener {
        void selected(int start, int end, String quote);
    }

    AnnotatedText(SelectionListener onSelect, LongConsumer onClaim) {
        for (String event : new String[] {"text-selected", "sentence-clicked"}) {
            getElement()
                    .addEventListener(
                            event,
                            e -> onSelect.selected(
                                    e.getEventData().get("event.detail.start").asInt(),
                                    e.getEventData().get("event.detail.end").asInt(),
                                    e.getEventData().get("event.detail.quote").asString()))
                    .addEventData("event.detail.start")
                    .addEventData("event.detail.end")
                    .addEventData("event.detail.quote");
        }
        getElement()
                .addEventListener(
                        "claim-clicked",
                        e -> onClaim.accept(
                                e.getEventData().get("event.detail.id").asLong()))
                .addEventData("event.detail.id");
    }

    /** Where the browser loads the column's text from: served on request, never kept in the session. */
    void setSource(DownloadHandler source) {
        getElement().setAttribute("src", source);
    }

    void clearSource() {
        getElement().removeAttribute("src");
    }

    /**
     * Replaces the claims drawn. Sent as a call, not a property, so the session does not keep a copy:
     * {@link DrawnClaims} remembers what was sent.
     */
    void drawAll(String rowsJson) {
        call("setClaims", rowsJson);
    }

    /** Redraws only the claims that changed and removes those that went. */
    void drawChanges(String changesJson) {
        call("patchClaims", changesJson);
    }

    void select(Long claimId) {
        call("select", claimId == null ? "" : String.valueOf(claimId));
    }

    void reveal(long claimId) {
        call("reveal", String.valueOf(claimId));
    }

    /** Marks a passage a search result points at and scrolls it into view. */
    void showFound(int start, int end) {
        call("showFound", start + "-" + end);
    }

    /** Marks suggested passages, {@code [[start, end], ...]}, apart from the claims. */
    void showSuggestions(String spansJson) {
        call("setSuggestions", spansJson);
    }

    void revealSpan(int start, int end) {
        call("revealSpan", start + "-" + end);
    }

    /** Takes back a mark or link drawn at the click, when the server refused it. */
    void clearProvisional() {
        call("clearProvisional", "");
    }

    /** Calls the element once its script has defined it (the first calls can arrive before that). */
    private void call(String method, String argument) {
        getElement()
                .executeJs(
                        "customElements.whenDefined('parallax-annotated').then(() => this." + method + "($0))",
                        argument);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJsModule("context://" + MODULE);
    }
}
