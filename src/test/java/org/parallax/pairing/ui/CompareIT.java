package org.parallax.pairing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.parallax.account.AccountService;
import org.parallax.claim.ClaimService;
import org.parallax.meeting.MeetingService;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairFilter;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.support.BrowserTest;
import org.parallax.support.MouseSelection;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** The heart of Parallax as a fact-checker uses it: mark a claim in each account and link them. */
class CompareIT extends BrowserTest {

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestData data;

    @Autowired
    MeetingService meetings;

    @Autowired
    AccountService accounts;

    @Autowired
    ClaimService claims;

    @Autowired
    PairingService pairing;

    @Test
    void a_reviewer_marks_a_claim_in_each_column_with_the_mouse_and_links_them() {
        signIn("reviewer", "parallax-demo");
        page.getByText("First DPRK–US high-level talks").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare accounts side by side"))
                .click();
        assertThat(page.locator(".column-head").first()).containsText("United States");
        Locator left = page.locator("parallax-annotated").nth(0);
        Locator right = page.locator("parallax-annotated").nth(1);
        assertThat(left.locator("mark.rel-contradicts")).hasText("made progress on almost all of the central issues");

        String usQuote = "sanctions will stay in place until final, fully verified denuclearization is achieved";
        MouseSelection.drag(page, left, usQuote);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Topic"))
                .fill("sanctions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"))
                .click();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)))
                .hasClass(Pattern.compile("state-unpaired"));

        String dprkQuote = "did not respond to the DPRK's proposals for balanced, step-by-step measures";
        MouseSelection.drag(page, right, dprkQuote);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"))
                .click();
        assertThat(right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote)))
                .isVisible();

        // Choose one claim in each column, then link them.
        left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)).click();
        right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link chosen claims"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link as draft pair"))
                .click();
        assertThat(page.getByText("rationale is required")).isVisible();
        // What was drawn at the click is taken back when the server refuses.
        assertThat(left.locator("mark.provisional")).hasCount(0);
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)))
                .hasClass(Pattern.compile("state-unpaired"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale"))
                .fill("The US keeps sanctions until the end; the DPRK wants step-by-step measures in return.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link as draft pair"))
                .click();

        assertThat(page.getByText("Draft pair saved: contradicts")).isVisible();
        assertThat(page.locator(
                        "vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("US: “" + usQuote + "”")))
                .isVisible();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)))
                .hasClass(Pattern.compile("state-paired rel-contradicts"));
        assertThat(right.locator("mark", new Locator.LocatorOptions().setHasText(dprkQuote)))
                .hasClass(Pattern.compile("rel-contradicts"));

        // A connector across the gutter for each visible pair: the demo's three and the new one.
        assertThat(page.locator("parallax-gutter path")).hasCount(4);
        // In the colour the stylesheet gives the relation (one definition, read by the gutter).
        String contradicts = (String)
                page.evaluate(
                        "() => getComputedStyle(document.documentElement).getPropertyValue('--parallax-line-contradicts').trim()");
        assertThat(page.locator("parallax-gutter path[data-left]").last()).hasAttribute("stroke", contradicts);

        // Hovering a claim outlines its partner in the other column.
        left.locator("mark", new Locator.LocatorOptions().setHasText(usQuote)).hover();
        assertThat(right.locator("mark.partner")).hasText(dprkQuote);
    }

    @Test
    void ctrl_z_undoes_a_link_and_the_undo_button_a_deletion() {
        TestData.Talks talks = data.talks("reviewer", "Undo talks");
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/meetings/" + talks.meeting() + "/compare?left=" + talks.usAccount() + "&right="
                + talks.dprkAccount()));
        Locator left = page.locator("parallax-annotated").nth(0);
        Locator right = page.locator("parallax-annotated").nth(1);
        String committed = "remain committed to the complete denuclearization of North Korea";
        String unilateral = "US side raised only unilateral demands for denuclearization";
        left.locator("mark", new Locator.LocatorOptions().setHasText(committed)).click();
        right.locator("mark", new Locator.LocatorOptions().setHasText(unilateral))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link chosen claims"))
                .click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale"))
                .fill("Committed to denuclearization against demands called unilateral.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link as draft pair"))
                .click();
        assertThat(page.getByText("Draft pair saved: contradicts")).isVisible();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(committed)))
                .hasClass(Pattern.compile("state-paired"));

        left.focus();
        page.keyboard().press("Control+z");

        assertThat(page.getByText(Pattern.compile("Undone: linking"))).isVisible();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(committed)))
                .hasClass(Pattern.compile("state-unpaired"));
        Assertions.assertThat(signedIn.as("reviewer", () -> pairing.ofMeeting(talks.meeting(), PairFilter.ALL, 0, 50)))
                .extracting(ClaimPair::id)
                .containsExactly(talks.pair().id());

        // Deleting an unpaired claim asks first; "Undo" in the message marks its span again.
        left.locator("mark", new Locator.LocatorOptions().setHasText(committed)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete claim…"))
                .click();
        assertThat(page.getByText("No pair holds it.")).isVisible();
        page.getByLabel("Delete this claim?")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(committed)))
                .hasCount(0);
        page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Claim deleted."))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo"))
                .click();
        assertThat(left.locator("mark", new Locator.LocatorOptions().setHasText(committed)))
                .isVisible();
        Assertions.assertThat(signedIn.as("reviewer", () -> claims.ofAccount(talks.usAccount())))
                .extracting(c -> c.quote())
                .contains(committed);
    }

    @Test
    void a_reviewer_marks_and_chooses_claims_with_the_keyboard_only() {
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/meetings/" + data.demoMeeting() + "/compare"));
        Locator right = page.locator("parallax-annotated").nth(1);
        assertThat(right.locator("mark").first()).isVisible();

        // Tab into the column; arrows walk the sentences and the live region reads each one out.
        right.focus();
        Locator live = right.locator(".live");
        page.keyboard().press("ArrowDown");
        assertThat(live).containsText("worrying");
        // The first sentences carry claims already; walk on to one that does not.
        for (int i = 0; i < 10 && !live.textContent().startsWith("Sentence"); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(live).containsText(Pattern.compile("^Sentence \\d+ of \\d+"));
        String read = live.textContent();
        String sentence = read.substring(read.indexOf(": ") + 2, read.lastIndexOf(" — Enter marks it"));

        // M marks the sentence under the cursor; the dialog confirms it like a mouse selection.
        page.keyboard().press("m");
        assertThat(page.getByText("“" + sentence + "”")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"))
                .press("Enter");
        assertThat(right.locator("mark:not(.provisional)", new Locator.LocatorOptions().setHasText(sentence)))
                .isVisible();

        // Alt+arrows jump between claims; Enter chooses the one under the cursor.
        right.focus();
        page.keyboard().press("Alt+ArrowDown");
        assertThat(live).containsText("Claim,");
        page.keyboard().press("Enter");
        assertThat(page.locator(".selection-info")).containsText("Chosen:");
        assertThat(right.locator("mark.chosen").first()).isVisible();
    }

    @Test
    void a_new_claim_shows_at_the_click_while_the_server_is_still_answering() {
        long meeting = data.meeting("reviewer", "Slow answer talks");
        data.account(
                "reviewer",
                meeting,
                "US",
                "The talks were productive. Progress was made on almost all central issues.");
        data.account("reviewer", meeting, "DPRK", "The US attitude was regrettable. Its demands were unilateral.");
        signIn("reviewer", "parallax-demo");
        page.navigate(url("/meetings/" + meeting + "/compare"));
        String quote = "Progress was made on almost all central issues";
        Locator column = page.locator("parallax-annotated", new Page.LocatorOptions().setHasText(quote));
        MouseSelection.drag(page, column, quote);
        Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"));
        assertThat(confirm).isVisible();

        // From here on the browser's requests leave 1.5 s late, as over a slow connection.
        page.evaluate("""
                () => {
                  const send = XMLHttpRequest.prototype.send;
                  XMLHttpRequest.prototype.send = function (body) { setTimeout(() => send.call(this, body), 1500); };
                }""");
        confirm.click();
        // Drawn at once in the browser, dashed, while the request is still on its way...
        assertThat(column.locator("mark.provisional", new Locator.LocatorOptions().setHasText(quote)))
                .isVisible();
        assertThat(column.locator("mark:not(.provisional)")).hasCount(0);
        // ...then replaced by the claim the server stored.
        assertThat(column.locator("mark:not(.provisional)", new Locator.LocatorOptions().setHasText(quote)))
                .isVisible();
        assertThat(column.locator("mark.provisional")).hasCount(0);
        assertThat(confirm).isHidden();
    }

    @Test
    void the_second_of_two_saves_of_one_draft_gets_the_conflict_and_its_dialog_stays_open() {
        long meeting = data.meeting("reviewer", "Conflict check talks");
        long us = data.claim(
                "reviewer",
                data.account("reviewer", meeting, "US", "Sanctions stay until denuclearisation is complete."),
                "Sanctions stay");
        long dprk = data.claim(
                "reviewer",
                data.account("reviewer", meeting, "DPRK", "The US promised to lift sanctions soon."),
                "lift sanctions soon");
        ClaimPair pair = signedIn.as(
                "reviewer",
                () -> pairing.link(
                        new NewPair(us, dprk, Relation.CONTRADICTS, "They disagree on when sanctions end.", null)));

        // The same reviewer in two windows opens the draft to edit it.
        signIn("reviewer", "parallax-demo");
        Page other = secondPerson();
        signIn(other, url(""), "reviewer", "parallax-demo");
        for (Page window : List.of(page, other)) {
            window.navigate(url("/meetings/" + meeting + "/compare"));
            window.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Edit").setExact(true))
                    .click();
            assertThat(window.getByText("Edit the pair")).isVisible();
        }

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale"))
                .fill("First window's rationale.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("Edit the pair")).isHidden();

        // The second save was made on the version before: the server refuses it, and the dialog stays open
        // with the reason and the text typed into it.
        other.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale"))
                .fill("Second window's rationale.");
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(other.getByText("changed by someone else in the meantime")).isVisible();
        assertThat(other.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale")))
                .hasValue("Second window's rationale.");
        Assertions.assertThat(
                        signedIn.as("reviewer", () -> pairing.get(pair.id())).rationale())
                .isEqualTo("First window's rationale.");
    }
}
