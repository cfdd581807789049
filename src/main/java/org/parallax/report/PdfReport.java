package org.parallax.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * A report's HTML rendered to PDF by openhtmltopdf, with the Nanum Gothic font shipped in the app (OFL,
 * see resources/fonts) so Korean quotes render on any machine; only the glyphs used are embedded.
 */
final class PdfReport {

    static {
        // The renderer reports every stage at INFO on the console; only its warnings matter to us.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfReport() {}

    /** @param html well-formed XHTML using the font family {@link HtmlReport#PDF_FONT} */
    static void write(String html, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("NanumGothic.ttf"), HtmlReport.PDF_FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("NanumGothicBold.ttf"), HtmlReport.PDF_FONT, 700, FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(html, null);
        builder.withProducer("Parallax");
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String file) {
        InputStream in = PdfReport.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("The font " + file + " is missing from the application"));
        }
        return in;
    }
}
