package dev.productscope.io;

/**
 * User text made fit for formats that cannot hold every character: XML and HTML forbid most
 * control characters, and a PDF font has no glyph for them.
 */
public final class DisplayText {

    /** What a character the format cannot hold is shown as. */
    public static final char REPLACEMENT = '\uFFFD';

    private DisplayText() {
    }

    /**
     * The text with control characters other than tab and line breaks, unpaired surrogates and the
     * non-characters U+FFFE and U+FFFF replaced by U+FFFD; {@code null} gives "".
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean bad = Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
