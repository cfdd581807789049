package org.parallax.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date fields that take what people type: ISO, the app's own "6 Jul 2018", or the browser's numeric
 * order, and show the app's format (frontend/dates.js). The value stays a LocalDate.
 */
public final class DateFields {

    private DateFields() {}

    public static DatePicker of(String label) {
        return accepting(new DatePicker(label));
    }

    public static DatePicker accepting(DatePicker picker) {
        picker.getElement().setAttribute("data-parallax-dates", "");
        picker.setPlaceholder("e.g. 6 Jul 2018 or 2018-07-06");
        picker.addAttachListener(attach -> {
            attach.getUI().getPage().addJsModule("context://parallax/dates.js");
            // Whichever comes later, the module or the element, applies the format.
            picker.getElement()
                    .executeJs("customElements.whenDefined('vaadin-date-picker').then(() => "
                            + "window.parallaxDates && window.parallaxDates.acceptDays(this))");
        });
        return picker;
    }
}
