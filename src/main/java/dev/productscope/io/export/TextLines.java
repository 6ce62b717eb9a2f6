package dev.productscope.io.export;

import dev.productscope.render.DrawnText;
import dev.productscope.render.Painter;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks user text into lines of a width, measured with a painter's current font, so that text
 * of any length takes a bounded room beside the diagram: what does not fit in the lines allowed
 * ends with an ellipsis.
 */
final class TextLines {

    static final String ELLIPSIS = "\u2026";

    private TextLines() {
    }

    /** At most {@code maxLines} lines no wider than {@code width}, broken at spaces where there are any. */
    static List<String> wrap(Painter p, String text, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = DrawnText.clean(text).strip();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (p.textWidth(rest) <= width) {
                lines.add(rest);
                break;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(fit(p, rest, width));
                break;
            }
            int end = Math.max(fittingPrefix(p, rest, width, ""), firstCodePoint(rest));
            int space = rest.lastIndexOf(' ', end);
            int cut = space > 0 ? space : end;
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return lines;
    }

    /** The text on one line of {@code width}, cut with an ellipsis when too long. */
    static String fit(Painter p, String text, double width) {
        String clean = DrawnText.clean(text);
        if (p.textWidth(clean) <= width) {
            return clean;
        }
        return clean.substring(0, fittingPrefix(p, clean, width, ELLIPSIS)).stripTrailing() + ELLIPSIS;
    }

    // The longest prefix (never splitting a surrogate pair) that fits with the suffix after it.
    private static int fittingPrefix(Painter p, String text, double width, String suffix) {
        int low = 0;
        // No glyph is narrower than a couple of units, so longer prefixes need not be measured.
        int high = (int) Math.min(text.length(), Math.max(1, width) + 1);
        while (low < high) {
            int mid = pairSafe(text, (low + high + 1) / 2);
            if (mid <= low) {
                mid = low + Character.charCount(text.codePointAt(low));
                if (mid > high) {
                    break;
                }
            }
            if (p.textWidth(text.substring(0, mid) + suffix) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return pairSafe(text, low);
    }

    private static int pairSafe(String text, int end) {
        return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    private static int firstCodePoint(String text) {
        return Character.charCount(text.codePointAt(0));
    }
}
