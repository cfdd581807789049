package org.parallax.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.List;
import java.util.function.BiConsumer;
import org.parallax.account.SourceExcerpt;

/**
 * Server side of {@code <parallax-text>} (frontend/parallax-text.js): one element for the whole text,
 * reporting the reader's selection as UTF-16 offsets. The offsets are checked again by the service.
 */
@Tag("parallax-text")
class SelectableText extends Component {

    private int start;
    private int end;

    SelectableText(String text, BiConsumer<Integer, Integer> onSelect) {
        getElement().setProperty("text", text);
        getElement()
                .addEventListener("text-selected", e -> {
                    start = (int) e.getEventData().get("event.detail.start").asInt();
                    end = (int) e.getEventData().get("event.detail.end").asInt();
                    onSelect.accept(start, end);
                })
                .addEventData("event.detail.start")
                .addEventData("event.detail.end");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://parallax/parallax-text.js");
    }

    /** Shades these passages (the text stays one node, so offsets are unchanged). */
    void showExcerpts(List<SourceExcerpt> excerpts) {
        StringBuilder json = new StringBuilder("[");
        for (SourceExcerpt x : excerpts) {
            json.append(json.length() > 1 ? "," : "")
                    .append('[')
                    .append(x.start())
                    .append(',')
                    .append(x.end())
                    .append(']');
        }
        getElement().setProperty("excerpts", json.append(']').toString());
    }

    int selectionStart() {
        return start;
    }

    int selectionEnd() {
        return end;
    }
}
