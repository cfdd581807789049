package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text in the Markdown report reads back, through a CommonMark parser, exactly as it was written. */
class MarkupTest {

    static final Parser COMMONMARK = Parser.builder().build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The U.S. side said talks on 2018-07-07 were productive.",
                "*Not* emphasis, _nor_ this, nor `code`, nor [a link](https://example.org) or ![an image](x.png).",
                "# not a heading",
                "- not a list",
                "+ nor this",
                "1. not numbered",
                "2018) neither",
                "> not a quote",
                "Tags <b>stay</b> text, as do &amp; entities, a | pipe and ~~no strike~~.",
                "A back\\slash, braces {x}, parentheses (y), a hash # and a dash - inside.",
                "Two\nlines become one.",
            })
    void text_reads_back_as_written_in_a_paragraph_a_quote_a_heading_and_a_list_item(String text) {
        String expected = text.replace("\n", " ");
        for (String line : new String[] {"", "> ", "## ", "- ", "**Rationale.** "}) {
            String read = plainText(COMMONMARK.parse(line + Markup.markdown(text)));
            assertThat(read)
                    .as("after «%s»", line)
                    .isEqualTo(line.startsWith("**") ? "Rationale. " + expected : expected);
        }
    }

    @Test
    void ordinary_text_is_not_escaped() {
        assertThat(Markup.markdown("The U.S. side, 2018-07-07 (Pyongyang): progress!"))
                .isEqualTo("The U.S. side, 2018-07-07 (Pyongyang): progress!");
    }

    private static String plainText(Node document) {
        StringBuilder out = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append('`').append(code.getLiteral()).append('`');
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }
}
