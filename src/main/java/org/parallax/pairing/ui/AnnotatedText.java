package org.parallax.pairing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * Server side of {@code <parallax-annotated>} (frontend/parallax-annotated.js): one element per column,
 * fed with JSON, instead of one server component per claim (about 8 times less session memory).
 * Offsets it reports are checked again by the services.
 */
@Tag("parallax-annotated")
class AnnotatedText extends Component {

    AnnotatedText(BiConsumer<Integer, Integer> onSelect, LongConsumer onClaim) {
        getElement().addEventListener("text-selected", e -> onSelect.accept(
                        e.getEventData().get("event.detail.start").asInt(), e.getEventData().get("event.detail.end").asInt()))
                .addEventData("event.detail.start").addEventData("event.detail.end");
        getElement().addEventListener("sentence-clicked", e -> onSelect.accept(
                        e.getEventData().get("event.detail.start").asInt(), e.getEventData().get("event.detail.end").asInt()))
                .addEventData("event.detail.start").addEventData("event.detail.end");
        getElement().addEventListener("claim-clicked", e -> onClaim.accept(e.getEventData().get("event.detail.id").asLong()))
                .addEventData("event.detail.id");
    }

    void setData(String json) {
        getElement().setProperty("data", json);
    }

    void select(Long... claimIds) {
        getElement().callJsFunction("select", (Object) java.util.Arrays.stream(claimIds)
                .filter(java.util.Objects::nonNull).map(String::valueOf).toArray(String[]::new));
    }

    void reveal(long claimId) {
        getElement().callJsFunction("reveal", String.valueOf(claimId));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://parallax/parallax-annotated.js");
    }
}
