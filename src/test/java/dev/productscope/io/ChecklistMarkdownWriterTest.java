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
}
