package org.parallax.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.account.ui.AddAccountDialog;
import org.parallax.party.PartyEntry;
import org.parallax.support.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
class MeetingViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_creates_a_meeting_and_pastes_an_account_into_it() {
        MeetingsView list = navigate(MeetingsView.class);
        test(list.newMeeting).click();
        MeetingDialog dialog = $(MeetingDialog.class).single();
        test(dialog.description).setValue("Second round in Pyongyang.");
        test(dialog.save).click();
        // At the title, not under the description or the buttons; what was typed stays.
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("A meeting needs a title.");
        assertThat(dialog.error.getText()).isEmpty();
        assertThat(dialog.description.getValue()).isEqualTo("Second round in Pyongyang.");
        test(dialog.title).setValue("Paste test talks");
        assertThat(dialog.title.isInvalid())
                .as("the mark goes once the title is filled")
                .isFalse();

        test(dialog.startsOn).setValue(LocalDate.of(2018, 9, 20));
        test(dialog.endsOn).setValue(LocalDate.of(2018, 9, 18));
        test(dialog.save).click();
        assertThat(dialog.endsOn.isInvalid()).isTrue();
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("The meeting cannot end before it starts.");

        test(dialog.startsOn).setValue(LocalDate.of(2018, 9, 18));
        test(dialog.endsOn).setValue(LocalDate.of(2018, 9, 20));
        test(dialog.save).click();
        MeetingView meeting = (MeetingView) getCurrentView();
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("← All meetings");

        test(meeting.addAccount).click();
        AddAccountDialog add = $(AddAccountDialog.class).single();
        @SuppressWarnings("unchecked")
        Select<PartyEntry> party = $(Select.class).withId("account-party").single();
        test(party).selectItem("ROK · Republic of Korea");
        $(TextArea.class).single().setValue("The South Korean side welcomed the summit. It hopes for \u200Bprogress.");
        $(TextField.class).withCaption("Title").single().setValue("Blue House briefing");
        test($(Button.class).withText("Add account").last()).click();

        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Blue House briefing");
        assertThat($(AddAccountDialog.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("reviewer")
    void a_pasted_account_without_a_party_is_refused_with_a_message() {
        MeetingView meeting = navigate(MeetingView.class, 1L);
        test(meeting.addAccount).click();
        $(TextArea.class).single().setValue("Some text.");
        test($(Button.class).withText("Add account").last()).click();
        @SuppressWarnings("unchecked")
        Select<PartyEntry> party = $(Select.class).withId("account-party").single();
        assertThat(party.getErrorMessage()).isEqualTo("Choose the party whose account this is.");
        assertThat(party.isInvalid()).isTrue();
        assertThat($(TextArea.class).single().getValue())
                .as("nothing typed is lost")
                .isEqualTo("Some text.");
    }

    @Test
    @WithUserDetails("reviewer")
    void a_meeting_that_does_not_exist_shows_page_not_found() {
        navigate("meetings/999999", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }
}
