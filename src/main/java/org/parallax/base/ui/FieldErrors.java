package org.parallax.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ScrollIntoViewOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.base.FieldRefusal;

/**
 * Shows a service's refusal where it belongs: at the field it names (marked, with the message under it,
 * focused), or in the form's general line when it names none. A field's mark goes once its value changes,
 * and nothing typed is cleared.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final HasText general;

    /** @param general where refusals that name no field of this form go (a line above the buttons) */
    public FieldErrors(HasText general) {
        this.general = general;
    }

    /** The field that refusals naming {@code field} are shown at. */
    public FieldErrors at(String field, HasValidation component) {
        fields.put(field, component);
        if (component instanceof HasValue<?, ?> value) {
            value.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    component.setInvalid(false);
                }
            });
        }
        return this;
    }

    /** Removes every mark, before another attempt. */
    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        general.setText("");
    }

    /** Shows the refusal at its field if this form has it, else in the general line. */
    public void show(RuntimeException refusal) {
        clear();
        HasValidation field = refusal instanceof FieldRefusal named ? fields.get(named.field()) : null;
        if (field == null) {
            general.setText(refusal.getMessage());
            if (general instanceof Component component) {
                component.scrollIntoView();
            }
            return;
        }
        field.setErrorMessage(refusal.getMessage());
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        // Focusing scrolls only the input into view: in a dialog's scroll area the message under a tall
        // field (the account's text) stayed hidden behind the footer, as if the click had done nothing.
        if (field instanceof Component component) {
            component.scrollIntoView(ScrollIntoViewOption.Block.NEAREST);
        }
    }
}
