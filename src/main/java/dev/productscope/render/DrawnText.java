package dev.productscope.render;

/**
 * User text made fit to draw as one line in any output, SVG's XML included: line breaks and tabs
 * become spaces, and what no output can carry (other control characters, lone surrogates, the
 * non-characters U+FFFE and U+FFFF) becomes U+FFFD, so the reader still sees that something was there.
 */
public final class DrawnText {

    /** What stands in for a character that cannot be drawn. */
    public static final char REPLACEMENT = '\uFFFD';

    private DrawnText() {
    }

    /** The text as drawn; the same string when there is nothing to change (the usual case). */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        int first = firstUnfit(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isSpace(c)) {
                out.append(' ');
            } else {
                out.append(unfit(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    private static int firstUnfit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isSpace(c) || unfit(c)) {
                return i;
            }
        }
        return -1;
    }

    // Line and paragraph separators too: a label is one line.
    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    private static boolean unfit(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }
}
