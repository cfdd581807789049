package org.parallax.pairing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/** Server side of {@code <parallax-gutter>}: connectors between paired claims, optional synchronised scroll. */
@Tag("parallax-gutter")
class Gutter extends Component {

    void setSync(boolean sync) {
        getElement().setAttribute("sync", sync);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://parallax/parallax-gutter.js");
    }
}
