package org.parallax.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.parallax.support.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The add-account dialog says what is wrong at the field concerned and keeps what was typed. */
@DatabaseTest
class AddAccountDialogTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("reviewer")
    void an_empty_paste_and_a_bad_link_are_refused_at_their_fields() {
        navigate("meetings/1", Component.class);
        test($(Button.class).withText("Add account").first()).click();
        AddAccountDialog add = $(AddAccountDialog.class).single();
        test(add.form.party).selectItem("ROK · Republic of Korea");
        test(add.form.title).setValue("Blue House briefing");
        test(add.addPasted).click();
        assertThat(add.text.isInvalid()).isTrue();
        assertThat(add.text.getErrorMessage()).isEqualTo("The pasted text is empty.");

        test(add.text).setValue("The South Korean side welcomed the summit.");
        test(add.form.sourceUrl).setValue("ftp://example.org/briefing");
        test(add.addPasted).click();
        assertThat(add.form.sourceUrl.getErrorMessage())
                .isEqualTo("The source URL must start with http:// or https://.");
        assertThat(add.form.sourceUrl.isInvalid()).isTrue();
        assertThat(add.text.isInvalid()).isFalse();
        assertThat(add.isOpened()).isTrue();
    }
}
