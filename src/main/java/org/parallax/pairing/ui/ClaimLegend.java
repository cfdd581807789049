package org.parallax.pairing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.pairing.HighlightState;
import org.parallax.pairing.Relation;

/** The highlight colours as the stylesheet defines them (--parallax-<token>), named for people. */
final class ClaimLegend extends Div {

    ClaimLegend() {
        addClassName("legend");
        Map<String, String> swatches = new LinkedHashMap<>();
        swatches.put(HighlightState.UNPAIRED.token(), "unpaired");
        for (Relation relation : Relation.values()) {
            swatches.put(relation.token(), relation.label());
        }
        swatches.put(HighlightState.APPROVED.token(), "approved");
        swatches.put(HighlightState.NO_COUNTERPART.token(), "no counterpart");
        swatches.forEach((token, label) -> {
            Span swatch = new Span(label);
            swatch.getStyle().set("--swatch", "var(--parallax-" + token + ")");
            add(swatch);
        });
    }
}
