package org.parallax.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.function.BiConsumer;

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

    int selectionStart() {
        return start;
    }

    int selectionEnd() {
        return end;
    }
}
