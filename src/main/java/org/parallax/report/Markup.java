package org.parallax.report;

/** Escaping for the HTML (well-formed XHTML, which the PDF renderer reads too) and Markdown reports. */
final class Markup {

    private Markup() {}

    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in XML.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Text that Markdown shows as written: its punctuation escaped, line breaks kept inside the block. */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!|<>])", "\\\\$1").replace("\n", " ");
    }
}
