package org.parallax.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.account.Fixtures.US_PARAGRAPH_1;
import static org.parallax.account.Fixtures.US_PARAGRAPH_2;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each supported format, and each kind of bad file, as a fact-checker's upload would bring them. */
class TextExtractorTest {

    static final ImportLimits LIMITS = ImportLimits.defaults();

    static String extractClean(String name, byte[] bytes) {
        return TextCleaner.clean(TextExtractor.extract(name, bytes, LIMITS)).text();
    }

    @Test
    void reads_plain_text_keeping_paragraphs() {
        assertThat(extractClean("remarks.txt", Fixtures.txt())).isEqualTo(US_PARAGRAPH_1 + "\n\n" + US_PARAGRAPH_2);
    }

    @Test
    void reads_markdown_as_text() {
        assertThat(extractClean("remarks.md", Fixtures.markdown()))
                .isEqualTo("# Remarks on leaving Pyongyang\n\n" + US_PARAGRAPH_1 + "\n\n" + US_PARAGRAPH_2);
    }

    @Test
    void reads_the_main_text_of_html_without_scripts_styles_or_navigation() {
        String text = extractClean("remarks.html", Fixtures.html());
        assertThat(text)
                .isEqualTo(
                        "Remarks on leaving Pyongyang\n\n" + US_PARAGRAPH_1 + "\n\n" + US_PARAGRAPH_2 + "\nThank you.");
        assertThat(text).doesNotContain("tracking", "Home", "Copyright", "color");
    }

    @Test
    void reads_docx_paragraphs() {
        assertThat(extractClean("remarks.docx", Fixtures.docx())).isEqualTo(US_PARAGRAPH_1 + "\n" + US_PARAGRAPH_2);
    }

    @Test
    void reads_the_text_layer_of_a_pdf() {
        assertThat(extractClean("remarks.pdf", Fixtures.pdf()))
                .contains(US_PARAGRAPH_1)
                .contains(US_PARAGRAPH_2);
    }

    @Test
    void reads_korean_utf8_and_drops_a_byte_order_mark() {
        byte[] body = Fixtures.koreanText();
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(extractClean("statement.txt", withBom)).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void refuses_an_unsupported_type() {
        assertThatThrownBy(() -> TextExtractor.extract("slides.pptx", new byte[] {1, 2, 3}, LIMITS))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("supported files are .txt, .md, .html, .docx and .pdf");
    }

    @Test
    void refuses_an_empty_file() {
        assertThatThrownBy(() -> TextExtractor.extract("empty.txt", new byte[0], LIMITS))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void refuses_a_binary_file_renamed_txt() {
        assertThatThrownBy(() -> TextExtractor.extract("statement.txt", Fixtures.pdf(), LIMITS))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("not a text file")
                .hasMessageContaining("PDF");
        assertThatThrownBy(() -> TextExtractor.extract("statement.txt", Fixtures.docx(), LIMITS))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("not a text file");
    }

    @Test
    void reads_korean_saved_in_euc_kr_and_cp949() throws Exception {
        String statement =
                "조선민주주의인민공화국 외무성 대변인은 미국측이 일방적이고 강도적인 비핵화 요구만을 들고나왔다고" + " 밝혔다. 회담 결과는 매우 유감스럽다. 똠방각하 같은 글자도 있다.";
        // CP949 holds syllables EUC-KR lacks (똠); a file in plain EUC-KR is read the same way.
        for (String encoding : new String[] {"x-windows-949", "EUC-KR"}) {
            String text = encoding.equals("EUC-KR") ? statement.replace("똠", "돔") : statement;
            byte[] bytes = text.getBytes(encoding);
            assertThat(TextExtractor.extract("statement.txt", bytes, LIMITS))
                    .as(encoding)
                    .isEqualTo(text);
        }
    }

    @Test
    void reads_a_western_text_saved_in_windows_1252() {
        String text = "Déclaration conjointe : les deux délégations ont salué des progrès « importants » à Genève,"
                + " où la réunion s’est tenue pendant deux jours. Les échanges ont été francs et constructifs.";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        assertThat(TextExtractor.extract("declaration.txt", bytes, LIMITS)).isEqualTo(text);
    }

    @Test
    void refuses_a_text_in_no_encoding_it_can_tell() {
        assertThatThrownBy(() -> TextExtractor.extract("noise.txt", Fixtures.undecodable(), LIMITS))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("neither UTF-8 nor in an encoding Parallax recognises");
    }

    @Test
    void refuses_a_file_over_the_size_limit() {
        ImportLimits tiny = new ImportLimits(100L, null);
        assertThatThrownBy(
                        () -> TextExtractor.extract("long.txt", "x".repeat(101).getBytes(StandardCharsets.UTF_8), tiny))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("the limit is");
    }

    @Test
    void refuses_a_pdf_without_a_text_layer() {
        assertThatThrownBy(() -> TextExtractor.extract("scan.pdf", Fixtures.pdfWithoutText(), LIMITS))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("has no text layer");
    }

    @Test
    void refuses_a_docx_zip_bomb_without_inflating_it() {
        byte[] bomb = Fixtures.docxZipBomb();
        assertThat(bomb.length).isLessThan(LIMITS.maxFileBytes().intValue());
        assertThatThrownBy(() -> TextExtractor.extract("bomb.docx", bomb, LIMITS))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void refuses_a_file_that_is_not_what_its_name_says() {
        assertThatThrownBy(() -> TextExtractor.extract("report.pdf", Fixtures.txt(), LIMITS))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> TextExtractor.extract("report.docx", Fixtures.txt(), LIMITS))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("not a Word document");
    }
}
