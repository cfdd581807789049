package org.parallax.base;

import java.text.Normalizer;

/** How account text is stored: NFC, with {@code \n} line breaks. Offsets are UTF-16 code units. */
public final class Texts {

    private Texts() {
    }

    public static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC);
    }

    /** Moves an offset off the low half of a surrogate pair, so no character is cut in two. */
    public static int safeBoundary(String text, int offset) {
        if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return offset - 1;
        }
        return offset;
    }
}
