package org.parallax.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small documents written for Parallax's tests, in each format an account can arrive in. */
public final class Fixtures {

    public static final String US_PARAGRAPH_1 = "The Secretary of State said the talks had been productive.";
    public static final String US_PARAGRAPH_2 = "Progress was made on almost all of the central issues.";

    private Fixtures() {}

    public static byte[] txt() {
        return (US_PARAGRAPH_1 + "\r\n\r\n" + US_PARAGRAPH_2 + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] markdown() {
        return ("# Remarks on leaving Pyongyang\n\n" + US_PARAGRAPH_1 + "\n\n" + US_PARAGRAPH_2 + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html() {
        return ("""
                <!doctype html><html><head><meta charset="utf-8"><title>Remarks</title>
                <style>p { color: red }</style><script>trackVisitor("secret tracking code");</script></head>
                <body><nav><a href="/">Home</a> | <a href="/press">Press</a></nav>
                <main><h1>Remarks on leaving Pyongyang</h1>
                <p>%s</p><p>%s<br>Thank you.</p></main>
                <footer>Copyright notice</footer></body></html>""").formatted(US_PARAGRAPH_1, US_PARAGRAPH_2).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] koreanText() {
        return "조선민주주의인민공화국 외무성 대변인은 미국측의 태도가 유감스럽다고 말하였다. 회담 결과는 우려스럽다.".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(US_PARAGRAPH_1);
            doc.createParagraph().createRun().setText(US_PARAGRAPH_2);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(US_PARAGRAPH_1);
                content.newLineAtOffset(0, -16);
                content.showText(US_PARAGRAPH_2);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose only page has a drawing and no text: what a scan without OCR looks like. */
    public static byte[] pdfWithoutText() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(72, 600, 300, 100);
                content.fill();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx-shaped zip whose document part inflates from a few kilobytes to 200 MB. */
    public static byte[] docxZipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that are text in no encoding: not UTF-8, and control codes only in any single-byte one. */
    public static byte[] undecodable() {
        byte[] noise = new byte[64];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x81 + (i * 7) % 0x1F);
        }
        return noise;
    }
}
