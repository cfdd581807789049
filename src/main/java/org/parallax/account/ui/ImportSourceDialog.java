package org.parallax.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import org.parallax.account.AccountService;
import org.parallax.account.SourceDocumentSummary;
import org.parallax.base.ui.BackgroundTask;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.FieldErrors;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Imports a whole document (an article quoting both sides) to cut accounts out of it. */
public class ImportSourceDialog extends Dialog {

    final TextField title = new TextField("Title");
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span error = new Span();
    final TextArea pasted = new TextArea("Text");
    final Button importPasted = new Button("Import pasted text");
    private final FieldErrors errors = new FieldErrors(error);

    public ImportSourceDialog(
            long meetingId,
            AccountService accounts,
            long maxFileBytes,
            SecurityContextHolderStrategy strategy,
            Consumer<SourceDocumentSummary> onImported) {
        setHeaderTitle("Import a source document");
        setWidth("min(40rem, 95vw)");
        title.setWidthFull();
        title.setHelperText("Left empty for a file, its name is used; pasted text needs one");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        error.addClassName("form-error");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            String name = title.getValue();
            error.setText("");
            progress.setVisible(true);
            BackgroundTask.run(
                    ui,
                    strategy,
                    () -> accounts.importSource(meetingId, name, metadata.fileName(), bytes),
                    imported -> {
                        progress.setVisible(false);
                        onImported.accept(imported);
                        close();
                    },
                    failure -> {
                        progress.setVisible(false);
                        upload().clearFileList();
                        error.setText(
                                failure instanceof IllegalArgumentException
                                        ? failure.getMessage()
                                        : "The import failed: " + failure.getMessage());
                    });
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", ".docx", ".pdf");
        upload.addFileRejectedListener(e -> error.setText(UploadRejections.explain(e, maxFileBytes)));
        pasted.setWidthFull();
        pasted.setMinHeight("10rem");
        pasted.setMaxHeight("40vh");
        pasted.setPlaceholder("Paste the article or transcript here");
        importPasted.addThemeVariants(ButtonVariant.PRIMARY);
        importPasted.addClickListener(e -> {
            errors.clear();
            try {
                onImported.accept(accounts.importSourceText(meetingId, title.getValue(), pasted.getValue()));
                close();
            } catch (IllegalArgumentException refused) {
                errors.show(refused);
            }
        });
        Buttons.oneAtATime(importPasted);
        errors.at("title", title).at("text", pasted);
        TabSheet from = new TabSheet();
        from.add("Upload a file", new Div(upload));
        from.add("Paste text", new Div(pasted, importPasted));
        from.setWidthFull();
        add(
                new Paragraph("A document that quotes several parties, such as a news article or a transcript. "
                        + "Once it is imported, select each party's words in it and make them an account of that "
                        + "party."),
                title,
                from,
                progress,
                error);
        getFooter().add(new Button("Close", e -> close()));
    }

    private Upload upload() {
        return upload;
    }
}
