package org.parallax.account;

import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes imported text storable: NFC, {@code \n} line breaks, paragraphs kept (at most one blank line
 * between them), trailing spaces trimmed, and invisible control and zero-width characters removed and
 * counted, so a person can be told. Typographic quotes and dashes are kept as they are.
 */
final class TextCleaner {

    private TextCleaner() {}

    static CleanText clean(String raw) {
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        Map<String, Integer> removed = new TreeMap<>();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\u00A0' || cp == '\u2007' || cp == '\u202F') {
                out.append(' ');
            } else if (isInvisible(cp)) {
                removed.merge(nameOf(cp), 1, Integer::sum);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return new CleanText(tidyLines(out.toString()), removed);
    }

    /** Control characters other than the line break, zero-width and other invisible format characters. */
    static boolean isInvisible(int cp) {
        if (cp == '\n') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || cp == 0x200B
                || cp == 0x200C
                || cp == 0x200D
                || cp == 0x2060
                || cp == 0xFEFF
                || cp == 0x00AD
                || cp == 0x180E
                || (cp >= 0x2061 && cp <= 0x2064)
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E
                || cp == 0x200F
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED && cp > 0xFFFF && cp < 0xE0000
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }

    private static String nameOf(int cp) {
        String name = Character.getName(cp);
        return name != null ? name : String.format("U+%04X", cp);
    }

    private static String tidyLines(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (trimmed.isBlank()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(trimmed);
        }
        return out.toString();
    }
}
