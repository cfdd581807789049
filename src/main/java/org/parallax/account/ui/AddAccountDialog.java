package org.parallax.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import org.parallax.account.AccountService;
import org.parallax.account.DuplicateAccount;
import org.parallax.account.ImportResult;
import org.parallax.account.NewAccount;
import org.parallax.base.FieldRefusal;
import org.parallax.base.ui.BackgroundTask;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.FieldErrors;
import org.parallax.party.PartyService;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Adds an account to a meeting from pasted text or an uploaded file, whose text is read off the UI thread
 * with visible progress; a refused file leaves nothing behind and says why.
 */
public class AddAccountDialog extends Dialog {

    final AccountMetadataForm form;
    final TextArea text = new TextArea("Text");
    final Upload upload;
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span progressLabel = new Span();
    final Span error = new Span();
    final Button addPasted = new Button("Add account");
    private final TabSheet source;
    private final AccountService accounts;
    private final long meetingId;
    private final Consumer<ImportResult> onAdded;

    private final SecurityContextHolderStrategy strategy;
    private final FieldErrors errors;

    public AddAccountDialog(
            long meetingId,
            AccountService accounts,
            PartyService parties,
            long maxFileBytes,
            SecurityContextHolderStrategy strategy,
            Consumer<ImportResult> onAdded) {
        this.strategy = strategy;
        this.accounts = accounts;
        this.meetingId = meetingId;
        this.onAdded = onAdded;
        setHeaderTitle("Add an account");
        setWidth("min(60rem, 95vw)");
        form = new AccountMetadataForm(parties.list(), false);

        text.setWidthFull();
        text.setMinHeight("12rem");
        // A long paste scrolls inside the box instead of stretching the dialog past its buttons and messages.
        text.setMaxHeight("40vh");
        text.setPlaceholder("Paste the statement, readout or article excerpt here");
        addPasted.addThemeVariants(ButtonVariant.PRIMARY);
        addPasted.addClickListener(e -> addPasted());
        Buttons.oneAtATime(addPasted);
        Div paste = new Div(text);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> readFile(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", ".docx", ".pdf");
        upload.addFileRejectedListener(e -> showError(UploadRejections.explain(e, maxFileBytes)));
        Div file = new Div(
                new Span("A .txt, .md, .html, .docx or .pdf file (with a text layer), up to "
                        + (maxFileBytes / (1024 * 1024)) + " MB."),
                upload);

        source = new TabSheet();
        source.add("Paste text", paste);
        source.add("Upload a file", file);
        source.setWidthFull();

        progress.setVisible(false);
        progressLabel.addClassName("muted");
        error.addClassName("form-error");
        add(form, source, progress, progressLabel, error);
        errors = form.errors(error).at("text", text);
        // In the footer, always in view whichever tab is open: a file's text lands in the text box too.
        getFooter().add(new Button("Close", e -> close()), addPasted);
    }

    private void addPasted() {
        errors.clear();
        try {
            ImportResult result = accounts.add(new NewAccount(meetingId, form.value(), text.getValue()));
            onAdded.accept(result);
            close();
        } catch (DuplicateAccount duplicate) {
            DuplicateNotice.show(error, duplicate);
        } catch (IllegalArgumentException e) {
            if (e instanceof FieldRefusal named && "text".equals(named.field())) {
                source.setSelectedIndex(0);
            }
            errors.show(e);
        }
    }

    /**
     * Reads the file off the UI thread and puts its text in the text field: nothing is saved until the
     * person presses "Add account", so the fields they were still typing in count.
     */
    private void readFile(String filename, byte[] bytes) {
        UI ui = UI.getCurrent();
        error.setText("");
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressLabel.setText("Reading " + filename + "…");
        BackgroundTask.run(
                ui,
                strategy,
                () -> accounts.extract(filename, bytes),
                file -> {
                    progress.setVisible(false);
                    upload.clearFileList();
                    text.setValue(file.text());
                    if (form.title.isEmpty()) {
                        form.title.setValue(file.title());
                    }
                    source.setSelectedIndex(0);
                    progressLabel.setText(
                            "Read “" + filename + "”: " + file.text().length()
                                    + " characters. Check the text and the details, then press “Add account”.");
                },
                failure -> {
                    progress.setVisible(false);
                    progressLabel.setText("");
                    upload.clearFileList();
                    showError(
                            failure instanceof IllegalArgumentException
                                    ? failure.getMessage()
                                    : "The file could not be read: " + failure.getMessage());
                });
    }

    private void showError(String message) {
        error.setText(message);
        error.scrollIntoView();
    }
}
