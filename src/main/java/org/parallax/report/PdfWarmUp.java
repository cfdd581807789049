package org.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a small PDF once the app is up, in the background, so that the first report a person asks for
 * does not pay for loading the renderer, PDFBox, Batik and the fonts (seconds on a cold JVM). Off with
 * {@code parallax.pdf-warm-up=false}.
 */
@Component
class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    /** The parts a report uses: both weights of the font, Hangul and Latin text, a table and an SVG chart. */
    static final String SAMPLE = """
            <html><head><style>body { font-family: '%s'; } th { font-weight: 700; }</style></head><body>
            <h1>Parallax</h1><table><tr><th>US</th><th>DPRK</th></tr>
            <tr><td>We made progress.</td><td>회담 결과는 매우 유감스럽다.</td></tr></table>
            <svg xmlns="http://www.w3.org/2000/svg" width="120" height="20"><rect width="60" height="20"
             fill="#b3261e"/><text x="64" y="15" font-size="12">1</text></svg></body></html>""".formatted(HtmlReport.PDF_FONT);

    private final boolean enabled;

    PdfWarmUp(@Value("${parallax.pdf-warm-up:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    long started = System.nanoTime();
                    try {
                        PdfReport.write(SAMPLE, OutputStream.nullOutputStream());
                        log.info("PDF reports ready ({} ms)", (System.nanoTime() - started) / 1_000_000);
                    } catch (IOException | RuntimeException e) {
                        log.warn("Could not prepare the PDF renderer; the first PDF report will take longer", e);
                    }
                },
                "pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
