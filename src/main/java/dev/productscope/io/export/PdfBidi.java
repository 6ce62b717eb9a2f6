package dev.productscope.io.export;

import java.text.Bidi;

/**
 * Right-to-left text put in the order a PDF line shows it, for headings: OpenPDF applies the
 * bidirectional algorithm (and Arabic shaping) only to table cells and columns, not to the
 * chapter and section titles that carry the bookmarks. Hebrew comes out right; Arabic comes out
 * in the right order but with its letters unjoined.
 */
final class PdfBidi {

    private static final String MIRRORED = "()[]{}<>\u00ab\u00bb";

    private PdfBidi() {
    }

    /** Each line in visual order, its base direction taken from its first strong character. */
    static String visual(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            out.append(line(lines[l]));
        }
        return out.toString();
    }

    private static String line(String line) {
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Object[] runs = new Object[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 0 ? run : reversed(run);
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder out = new StringBuilder(line.length());
        for (Object run : runs) {
            out.append(run);
        }
        return out.toString();
    }

    /** A right-to-left run backwards, code point by code point, with brackets turned to face the other way. */
    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        run.codePoints().forEach(c -> {
            int at = c < 0x10000 ? MIRRORED.indexOf(c) : -1;
            out.insert(0, Character.toChars(at < 0 ? c : MIRRORED.charAt(at ^ 1)));
        });
        return out.toString();
    }
}
