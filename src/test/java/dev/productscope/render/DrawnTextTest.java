package dev.productscope.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrawnTextTest {

    @Test
    void plainTextIsTheSameString() {
        String text = "Ceiling light, floor 1 \u00b7 שלום 😀";
        assertThat(DrawnText.clean(text)).isSameAs(text);
    }

    @Test
    void lineBreaksAndTabsBecomeSpaces() {
        assertThat(DrawnText.clean("a\nb\r\nc\td\u2028e\u2029f\u0085g")).isEqualTo("a b  c d e f g");
    }

    @Test
    void whatNoOutputCanCarryBecomesTheReplacementCharacter() {
        assertThat(DrawnText.clean("\u0000x\u0001\u001B\u007F\u009F\uFFFE\uFFFF"))
                .isEqualTo("\uFFFDx\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");
        assertThat(DrawnText.clean("lone \uD800 high, lone \uDC00 low, end \uD83D"))
                .isEqualTo("lone \uFFFD high, lone \uFFFD low, end \uFFFD");
        assertThat(DrawnText.clean("pair \uD83D\uDE00 kept")).isEqualTo("pair \uD83D\uDE00 kept");
        assertThat(DrawnText.clean(null)).isEmpty();
    }

    @Test
    void textIsNeverCutInsideASurrogatePair() {
        Painter measure = new Graphics2DPainter(new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics());
        measure.setFont(11, false);
        String emoji = "\uD83D\uDE00".repeat(200);
        for (double width = 20; width < 200; width += 7) {
            String fitted = TextFit.fit(measure, emoji, width);
            String head = fitted.substring(0, fitted.length() - 1);
            assertThat(head.length() % 2).as("width %s", width).isZero();
            assertThat(fitted).endsWith("\u2026");
        }
    }
}
