package org.parallax.base.ui;

import com.vaadin.flow.component.html.Span;

/** A party's code on its colour, as every list and page shows parties. */
public class PartyChip extends Span {

    public PartyChip(String code, String colour, String name) {
        super(code);
        addClassName("party-chip");
        getStyle().setBackgroundColor(colour);
        if (name != null) {
            getElement().setAttribute("title", name);
        }
    }
}
