package org.parallax.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.DateFields;
import org.parallax.base.ui.FieldErrors;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.meeting.NewMeeting;
import org.springframework.dao.OptimisticLockingFailureException;

/** Creates a meeting, or edits one when given its current state. */
class MeetingDialog extends Dialog {

    final TextField title = new TextField("Title");
    final DatePicker startsOn = DateFields.of("From");
    final DatePicker endsOn = DateFields.of("To");
    final TextField location = new TextField("Place");
    final TextArea description = new TextArea("Description");
    final Span error = new Span();
    final Button save = new Button("Save");

    MeetingDialog(MeetingService meetings, MeetingSummary existing, Consumer<MeetingSummary> onSaved) {
        setHeaderTitle(existing == null ? "New meeting" : "Edit meeting");
        setWidth("min(40rem, 95vw)");
        title.setRequired(true);
        startsOn.setRequired(true);
        endsOn.setHelperText("Left empty: a one-day meeting");
        if (existing != null) {
            title.setValue(existing.title());
            startsOn.setValue(existing.startsOn());
            endsOn.setValue(existing.endsOn());
            location.setValue(existing.location() == null ? "" : existing.location());
            description.setValue(existing.description() == null ? "" : existing.description());
        }
        FormLayout form = new FormLayout(title, startsOn, endsOn, location, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        error.addClassName("form-error");
        add(form, error);
        FieldErrors errors = new FieldErrors(error)
                .at("title", title)
                .at("startsOn", startsOn)
                .at("endsOn", endsOn)
                .at("location", location)
                .at("description", description);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            NewMeeting meeting = new NewMeeting(
                    title.getValue(),
                    startsOn.getValue(),
                    endsOn.getValue(),
                    location.getValue(),
                    description.getValue());
            try {
                onSaved.accept(
                        existing == null
                                ? meetings.create(meeting)
                                : meetings.update(existing.id(), existing.version(), meeting));
                close();
            } catch (IllegalArgumentException | OptimisticLockingFailureException ex) {
                errors.show(ex);
            }
        });
        Buttons.oneAtATime(save);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
