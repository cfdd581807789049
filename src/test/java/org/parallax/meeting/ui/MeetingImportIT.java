package org.parallax.meeting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.account.AccountService;
import org.parallax.account.Fixtures;
import org.parallax.meeting.MeetingFilter;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.support.BrowserTest;
import org.parallax.support.MouseSelection;
import org.parallax.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer brings accounts in: a new meeting, an uploaded file, and an excerpt cut out of an article. */
class MeetingImportIT extends BrowserTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    AccountService accounts;

    @Autowired
    SignedIn signedIn;

    static final String ARTICLE = """
            Commentary on the talks in Pyongyang.

            The US Secretary of State said the delegations made progress on almost all of the central issues.

            The DPRK Foreign Ministry said the US attitude was regrettable and its demands unilateral.""";

    @TempDir
    Path files;

    @Test
    void a_reviewer_uploads_a_file_and_makes_an_excerpt_into_an_account_of_another_party() throws Exception {
        Path docx = Files.write(files.resolve("us-remarks.docx"), Fixtures.docx());
        Path article = Files.writeString(files.resolve("commentary.txt"), ARTICLE, StandardCharsets.UTF_8);
        signIn("reviewer", "parallax-demo");

        // A new meeting.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New meeting"))
                .click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title"))
                .fill("Browser import talks");
        Locator from = page.getByRole(
                AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("From").setExact(true));
        // As ISO, the way a script or a spreadsheet writes it; shown back as the app writes days.
        from.fill("2018-07-06");
        from.press("Enter");
        assertThat(from).hasValue("6 Jul 2018");
        Locator to = page.getByRole(
                AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("To").setExact(true));
        // As the app itself writes a day.
        to.fill("7 Jul 2018");
        to.press("Enter");
        assertThat(to).hasValue("7 Jul 2018");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Place"))
                .fill("Pyongyang");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Browser import talks")))
                .isVisible();
        assertThat(page.getByText("No accounts yet")).isVisible();
        assertThat(page.getByText("6 Jul 2018 – 7 Jul 2018 · Pyongyang")).isVisible();

        // Upload a .docx as the US account.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account"))
                .click();
        choosePartyOf("US · United States");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Upload a file"))
                .click();
        // The publisher is still being typed (its field has the focus) when the file is chosen: it counts.
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Publisher"))
                .fill("US Department of State");
        FileChooser chooser = page.waitForFileChooser(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload File..."))
                        .click());
        chooser.setFiles(docx);
        assertThat(page.getByText("Check the text and the details")).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG).locator("textarea"))
                .hasValue(Pattern.compile("Secretary of State said the talks had been productive"));
        assertThat(page.getByText("Added “us-remarks”")).not().isVisible();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add account"))
                .click();
        assertThat(page.getByText("Added “us-remarks”")).isVisible();
        assertThat(page.getByText("US Department of State").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("us-remarks")))
                .isVisible();
        assertThat(page.getByText("0 claims").first()).isVisible();

        // Import an article quoting both sides, select the DPRK passage with the mouse, make it an account.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import source document"))
                .click();
        chooser = page.waitForFileChooser(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload File..."))
                        .click());
        chooser.setFiles(article);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("commentary")))
                .isVisible();

        String passage = "The DPRK Foreign Ministry said the US attitude was regrettable and its demands unilateral.";
        MouseSelection.drag(page, page.locator("parallax-text"), passage);
        assertThat(page.getByText("Selected " + passage.length() + " characters"))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make account from selection"))
                .click();
        choosePartyOf("DPRK · Democratic People's Republic of Korea");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title"))
                .fill("Foreign Ministry, as quoted");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Make account").setExact(true))
                .click();
        assertThat(page.getByText("Account “Foreign Ministry, as quoted” added for DPRK"))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Back to the meeting"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Foreign Ministry, as quoted")))
                .isVisible();
        assertThat(page.locator(
                                ".party-section",
                                new Page.LocatorOptions().setHasText("Democratic People's Republic of Korea"))
                        .getByText("excerpt"))
                .isVisible();
        assertThat(page.getByText("1 account made from it")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Foreign Ministry, as quoted"))
                .click();
        assertThat(page.locator(".account-text")).hasText(passage);
    }

    @Test
    void a_refused_file_says_why_and_adds_nothing() throws Exception {
        Path renamed = Files.write(files.resolve("statement.txt"), Fixtures.pdf());
        signIn("reviewer", "parallax-demo");
        page.getByText("First DPRK–US high-level talks").click();
        assertThat(page.locator(".account-card").first()).isVisible();
        int accountsBefore = page.locator(".account-card").count();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account"))
                .click();
        choosePartyOf("US · United States");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Upload a file"))
                .click();
        FileChooser chooser = page.waitForFileChooser(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload File..."))
                        .click());
        chooser.setFiles(renamed);
        assertThat(page.getByText("“statement.txt” is not a text file")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close"))
                .click();
        assertThat(page.locator(".account-card")).hasCount(accountsBefore);
    }

    @Test
    void a_double_click_makes_one_meeting_and_one_account_and_the_same_text_again_is_refused_with_a_link() {
        signIn("reviewer", "parallax-demo");
        String title = "Double click talks " + System.nanoTime();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New meeting"))
                .click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title"))
                .fill(title);
        Locator from = page.getByRole(
                AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("From").setExact(true));
        from.fill("7/6/2018");
        from.press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .dblclick();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title)))
                .isVisible();
        List<MeetingSummary> made = signedIn.as("reviewer", () -> meetings.find(MeetingFilter.text(title), 0, 10));
        Assertions.assertThat(made).hasSize(1);

        String text = "The Secretary said the talks were productive.";
        for (int attempt = 0; attempt < 2; attempt++) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account"))
                    .first()
                    .click();
            choosePartyOf("US · United States");
            page.getByRole(AriaRole.DIALOG)
                    .getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Title"))
                    .fill("Remarks");
            page.getByRole(AriaRole.DIALOG).locator("textarea").fill(text);
            page.getByRole(AriaRole.DIALOG)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add account"))
                    .dblclick();
            if (attempt == 0) {
                assertThat(page.locator(".account-card")).hasCount(1);
            }
        }
        assertThat(page.getByText("already has an account with exactly this text"))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open that account")))
                .hasAttribute("href", Pattern.compile("accounts/\\d+"));
        Assertions.assertThat(signedIn.as(
                        "reviewer", () -> accounts.ofMeeting(made.getFirst().id())))
                .hasSize(1);
    }

    @Test
    void at_1280_by_720_a_refused_account_says_why_in_view_and_keeps_what_was_typed() {
        page.setViewportSize(1280, 720);
        signIn("reviewer", "parallax-demo");
        page.getByText("First DPRK–US high-level talks").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account"))
                .first()
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Title"))
                .fill("Remarks kept");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add account"))
                .click();

        // The message sits under the tall text box, in the dialog's scroll area above its footer.
        assertThat(dialog.getByText("The pasted text is empty."))
                .isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        assertThat(dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Title")))
                .hasValue("Remarks kept");
    }

    private void choosePartyOf(String option) {
        page.locator("#account-party").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option))
                .click();
    }
}
