package dev.productscope.render;

/** Shortens text to a width with an ellipsis, measuring with the painter's current font. */
final class TextFit {

    private static final String ELLIPSIS = "\u2026";

    private TextFit() {
    }

    static String fit(Painter painter, String text, double maxWidth) {
        if (text == null || text.isEmpty() || painter.textWidth(text) <= maxWidth) {
            return text == null ? "" : text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (painter.textWidth(head(text, mid) + ELLIPSIS) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return head(text, low) + ELLIPSIS;
    }

    // Never cuts an emoji or other supplementary character in half.
    private static String head(String text, int end) {
        int cut = end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
        return text.substring(0, cut).stripTrailing();
    }

    /** A light rounded backing behind text, so it stays readable over lines. */
    static void backing(Painter painter, double centreX, double baseline, double width, double size, Rgb fill) {
        painter.setFill(fill);
        painter.fillRect(centreX - width / 2 - 3, baseline - size * 0.95, width + 6, size * 1.3, size * 0.6);
    }
}
