package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecklistMarkdownWriterTest {

    @Test
    void tableCellsEscapePipesAndTurnLineBreaksIntoBreakTags() {
        assertThat(ChecklistMarkdownWriter.cell("a | b\r\nc\nd\re")).isEqualTo("a \\| b<br>c<br>d<br>e");
        assertThat(ChecklistMarkdownWriter.cell(null)).isEmpty();
        assertThat(ChecklistMarkdownWriter.cell("  padded  ")).isEqualTo("padded");
    }

    @Test
    void headingsStayOnOneLine() {
        assertThat(ChecklistMarkdownWriter.inline("Smart\nbulb")).isEqualTo("Smart bulb");
    }

    @Test
    void markupCharactersShowAsTypedInsteadOfBecomingMarkup() {
        assertThat(ChecklistMarkdownWriter.cell("<script>alert(1)</script>"))
                .isEqualTo("\\<script\\>alert(1)\\</script\\>");
        assertThat(ChecklistMarkdownWriter.cell("*bold* `code` [link](x) ~~gone~~ #1 &amp; $x$ \\"))
                .isEqualTo("\\*bold\\* \\`code\\` \\[link\\](x) \\~\\~gone\\~\\~ \\#1 \\&amp; \\$x\\$ \\\\");
        assertThat(ChecklistMarkdownWriter.cell("_emphasis_ but snake_case_id"))
                .isEqualTo("\\_emphasis\\_ but snake_case_id");
    }

    @Test
    void controlCharactersBecomeReplacementCharactersAndTabsStay() {
        assertThat(ChecklistMarkdownWriter.cell("a\u0001b\u007Fc\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
    }
}
