package org.parallax.account;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.parallax.base.Texts;

/**
 * Gets the text out of an uploaded file: .txt and .md as strict UTF-8 (or the legacy encoding ICU4J detects), .html as its main text (scripts,
 * styles, navigation and markup dropped), .docx through Apache POI, .pdf through its text layer with
 * Apache PDFBox. Anything else, or a file that is not what its name says, is refused with a message.
 */
final class TextExtractor {

    /** Expanded .docx parts may be at most this many times their compressed size (zip-bomb guard). */
    private static final double MIN_INFLATE_RATIO = 0.01;

    private static final long MAX_DOCX_ENTRY_BYTES = 50L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_DOCX_ENTRY_BYTES);
    }

    /** ICU's confidence (0-100) below which a guessed encoding is not trusted. */
    private static final int MIN_CHARSET_CONFIDENCE = 25;

    private TextExtractor() {}

    /** The media type Parallax records for a supported file name, or a refusal. */
    static String mediaType(String filename) {
        return switch (extension(filename)) {
            case "txt" -> "text/plain";
            case "md", "markdown" -> "text/markdown";
            case "html", "htm" -> "text/html";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "pdf" -> "application/pdf";
            default ->
                throw new ImportRejected("Parallax cannot read “" + filename
                        + "”: supported files are .txt, .md, .html, .docx and .pdf (with a text layer).");
        };
    }

    static String extract(String filename, byte[] bytes, ImportLimits limits) {
        mediaType(filename);
        if (bytes.length == 0) {
            throw new ImportRejected("“" + filename + "” is empty.");
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new ImportRejected("“" + filename + "” is " + megabytes(bytes.length) + "; the limit is "
                    + megabytes(limits.maxFileBytes()) + ".");
        }
        return switch (extension(filename)) {
            case "txt", "md", "markdown" -> plainText(filename, bytes);
            case "html", "htm" -> html(filename, bytes);
            case "docx" -> docx(filename, bytes);
            case "pdf" -> pdf(filename, bytes);
            default -> throw new IllegalStateException();
        };
    }

    static String plainText(String filename, byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new ImportRejected("“" + filename + "” is not a text file (it holds binary data; perhaps a "
                    + describeMagic(bytes) + " renamed). Upload the original file or paste the text.");
        }
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return inDetectedCharset(filename, bytes, notUtf8);
        }
    }

    /**
     * A text file that is not UTF-8, as sources come: Korean statements saved in EUC-KR or its Windows superset
     * CP949, Western ones in Windows-1252. ICU4J's detector names the encoding; the text is decoded strictly
     * in it (EUC-KR as CP949, Latin-1 as Windows-1252, the supersets), and refused when that fails too.
     */
    private static String inDetectedCharset(String filename, byte[] bytes, CharacterCodingException notUtf8) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CHARSET_CONFIDENCE) {
                break;
            }
            Charset charset = decodingCharset(match.getName());
            if (charset == null) {
                continue;
            }
            try {
                return charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException wrongGuess) {
                // The next candidate, if any.
            }
        }
        throw new ImportRejected(
                "“" + filename + "” is neither UTF-8 nor in an encoding Parallax recognises (such as EUC-KR, CP949 or"
                        + " Windows-1252). Save it as UTF-8 and upload it again.",
                notUtf8);
    }

    private static Charset decodingCharset(String detected) {
        String name = switch (detected) {
            case "EUC-KR" -> "x-windows-949";
            case "ISO-8859-1" -> "windows-1252";
            default -> detected;
        };
        if (name.startsWith("UTF") || !Charset.isSupported(name)) {
            return null;
        }
        return Charset.forName(name);
    }

    private static String html(String filename, byte[] bytes) {
        Document doc = Jsoup.parse(new String(bytes, detectHtmlCharset(bytes)));
        doc.select("script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button")
                .remove();
        Element main = doc.selectFirst("main, article, [role=main]");
        Element root = main != null ? main : doc.body();
        if (root == null) {
            throw new ImportRejected("“" + filename + "” holds no readable text.");
        }
        StringBuilder out = new StringBuilder();
        appendBlocks(root, out);
        return out.toString();
    }

    /** Keeps paragraphs: block elements become paragraphs, br a line break, inline text flows. */
    private static void appendBlocks(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                    continue;
                }
                boolean block = element.isBlock() || tag.matches("h[1-6]|p|li|blockquote|div|section|tr|pre");
                if (block) {
                    out.append("\n\n");
                }
                appendBlocks(element, out);
                if (block) {
                    out.append("\n\n");
                }
            }
        }
    }

    private static Charset detectHtmlCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        var m = Pattern.compile("charset=[\"']?([a-z0-9_-]+)").matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (Exception unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String docx(String filename, byte[] bytes) {
        if (!(bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K')) {
            throw new ImportRejected("“" + filename + "” is not a Word document (.docx files are zip archives).");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (why.contains("zip bomb")
                    || why.contains("inflate ratio")
                    || why.contains("max entry size")
                    || why.contains("exceeds the maximum")) {
                throw new ImportRejected(
                        "“" + filename + "” expands to far more than its size (a zip bomb?); it was not read.", e);
            }
            throw new ImportRejected("“" + filename + "” could not be read as a Word document: " + e.getMessage(), e);
        }
    }

    private static String pdf(String filename, byte[] bytes) {
        if (!new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF")) {
            throw new ImportRejected("“" + filename + "” is not a PDF file.");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportRejected("“" + filename + "” is protected against copying its text.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            String text = stripper.getText(doc);
            if (text.isBlank()) {
                throw new ImportRejected(
                        "“" + filename + "” has no text layer (" + Texts.count(doc.getNumberOfPages(), "page")
                                + ", perhaps scanned images). Run it through OCR first, or paste the text.");
            }
            return text;
        } catch (IOException e) {
            throw new ImportRejected("“" + filename + "” could not be read as a PDF: " + e.getMessage(), e);
        }
    }

    /** NUL bytes or many other control bytes mean binary data, not text. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }

    private static String describeMagic(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF")) {
            return "PDF";
        }
        if (start.startsWith("PK")) {
            return "Word document or other zip archive";
        }
        if (start.startsWith("\u0089PNG") || start.startsWith("\u00FF\u00D8")) {
            return "image";
        }
        return "binary file";
    }

    static String extension(String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).trim();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
