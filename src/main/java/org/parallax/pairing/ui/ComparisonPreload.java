package org.parallax.pairing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * A comparison opened from a link starts fetching its two texts and the columns' scripts while Vaadin's own
 * client is still starting: the page the server sends (built with the screen: vaadin.eagerServerLoad) names them as
 * preloads, so the browser does not wait for the client to find them in the screen's first UIDL.
 */
// qualified: Spring's Component, Vaadin's is imported
@org.springframework.stereotype.Component
class ComparisonPreload implements VaadinServiceInitListener {

    /** The column's module and what it imports (the gutter is a classic script, not preloadable as a module). */
    private static final List<String> MODULES = List.of(
            AnnotatedText.MODULE,
            "parallax/annotated/claims.js",
            "parallax/annotated/cursor.js",
            "parallax/annotated/offsets.js",
            "parallax/annotated/render.js",
            "parallax/annotated/spans.js");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::preload);
    }

    private void preload(IndexHtmlResponse response) {
        List<String> texts = response.getUI().stream()
                .map(Component.class::cast)
                .flatMap(ComparisonPreload::descendants)
                .filter(AnnotatedText.class::isInstance)
                .map(c -> c.getElement().getAttribute("src"))
                .filter(src -> src != null && !src.isEmpty())
                .toList();
        if (texts.isEmpty()) {
            return;
        }
        Document page = response.getDocument();
        for (String script : MODULES) {
            page.head().appendElement("link").attr("rel", "modulepreload").attr("href", script);
        }
        for (String text : texts) {
            // CORS mode with same-origin credentials, as the column's fetch(): otherwise the browser would
            // download the text a second time instead of reusing the preload.
            page.head()
                    .appendElement("link")
                    .attr("rel", "preload")
                    .attr("as", "fetch")
                    .attr("crossorigin", "anonymous")
                    .attr("href", text);
        }
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(ComparisonPreload::descendants));
    }
}
