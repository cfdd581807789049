package org.parallax.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.parallax.agreement.Person;
import org.parallax.support.DatabaseTest;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class AgreementViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Test
    @WithUserDetails("editor")
    void an_editor_asks_for_a_blind_pairing_and_sees_the_comparison() {
        long meeting = data.draftPair("reviewer", "Agreement screen talks").meetingId();
        AgreementView view = navigate("meetings/" + meeting + "/agreement", AgreementView.class);
        Select<Person> first = reviewerChoice("First reviewer");
        Select<Person> second = reviewerChoice("Second reviewer");
        first.setValue(first.getListDataView()
                .getItems()
                .filter(p -> p.name().equals("Riley Reviewer"))
                .findFirst()
                .orElseThrow());
        second.setValue(second.getListDataView()
                .getItems()
                .filter(p -> p.name().equals("Administrator"))
                .findFirst()
                .orElseThrow());
        test($(Button.class).withText("Ask for a blind second pairing").single())
                .click();
        String text = view.content.getElement().getTextRecursively();
        assertThat(text).contains("pairs blind against Riley Reviewer · open").contains("1 couple: 0 agreed, 1 differ");
    }

    @SuppressWarnings("unchecked")
    private Select<Person> reviewerChoice(String label) {
        return (Select<Person>) $(Select.class).all().stream()
                .filter(s -> s.getLabel().startsWith(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice labelled " + label));
    }
}
