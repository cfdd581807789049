package org.parallax.account.ui;

import com.vaadin.flow.component.upload.FileRejectedEvent;
import java.util.Locale;

/** Says in plain words why the browser refused a file before it was sent. */
final class UploadRejections {

    private UploadRejections() {}

    static String explain(FileRejectedEvent event, long maxFileBytes) {
        String name = event.getFileName() == null ? "The file" : "“" + event.getFileName() + "”";
        String reason =
                event.getErrorMessage() == null ? "" : event.getErrorMessage().toLowerCase(Locale.ROOT);
        if (reason.contains("big")) {
            return name + " is larger than the limit of " + (maxFileBytes / (1024 * 1024))
                    + " MB; nothing was imported.";
        }
        if (reason.contains("type") || reason.contains("incorrect")) {
            return name + " is not a supported file: use .txt, .md, .html, .docx or .pdf.";
        }
        return name + " was refused: " + event.getErrorMessage();
    }
}
