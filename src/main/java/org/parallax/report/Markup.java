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

    /**
     * Text that Markdown shows as written, and no more escaped than that ("U.S.", "2018-07-07" stay as
     * they are): the characters that mark up inline text anywhere, and what would start a heading, list
     * or quote where the text begins a line. Line breaks become spaces, inside the block.
     */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        String inline = text.replace("\n", " ").replaceAll("([\\\\`*_\\[\\]<>|~&])", "\\\\$1");
        return inline.replaceFirst("^([#+=-])", "\\\\$1").replaceFirst("^(\\d{1,9})([.)])", "$1\\\\$2");
    }
}
