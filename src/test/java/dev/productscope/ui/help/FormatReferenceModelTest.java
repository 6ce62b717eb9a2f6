package dev.productscope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help > File Format Reference without a window: the README's section, the schema, the page for the browser. */
class FormatReferenceModelTest {

    @TempDir
    Path folder;

    @Test
    void showsTheReadmesFileFormatSectionAndNothingAfterIt() throws Exception {
        String section = FormatReferenceModel.bundled().section();

        assertThat(section).startsWith("## File format\n").contains("Deterministic saving")
                .contains("\"products\": [").doesNotContain("## Project layout").endsWith("\n");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("the section is the README's, copied by the build").contains(section.strip());
    }

    @Test
    void aSectionEndsAtTheNextHeadingOfItsLevelOutsideCode() {
        String markdown = """
                # Title
                ## Before
                text
                ## File format
                intro
                ### Sub-heading stays
                ```
                ## not a heading inside a fence
                ```
                last line
                ## After
                gone
                """;

        assertThat(FormatReferenceModel.section(markdown, "## File format")).isEqualTo("""
                ## File format
                intro
                ### Sub-heading stays
                ```
                ## not a heading inside a fence
                ```
                last line
                """);
        assertThat(FormatReferenceModel.section(markdown, "## Missing")).isEmpty();
    }

    @Test
    void savesTheBundledSchemaByteForByte() throws Exception {
        Path target = folder.resolve("schema.json");
        Files.writeString(target, "old content");

        FormatReferenceModel.bundled().saveSchema(target);

        byte[] bundled;
        try (InputStream in = getClass().getResourceAsStream("/dev/productscope/io/productscope-model-1.schema.json")) {
            bundled = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(bundled)
                .isEqualTo(Files.readAllBytes(Path.of("src/main/resources/dev/productscope/io/"
                        + FormatReferenceModel.SCHEMA_FILE_NAME)));
        try (var listing = Files.list(folder)) {
            assertThat(listing).as("no temporary file left").containsExactly(target);
        }
    }

    @Test
    void thePageForTheBrowserIsTheSectionAsHtml() throws Exception {
        FormatReferenceModel model = new FormatReferenceModel("""
                ## File format
                See [the schema](src/main/schema.json) and [NIST](https://www.nist.gov/).

                - **Deterministic saving.** Same bytes.

                <script>alert(1)</script>
                ## Next
                """);

        Path page = model.writeHtml(folder);

        assertThat(page.getFileName()).hasToString(FormatReferenceModel.HTML_FILE_NAME);
        Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        assertThat(html.title()).isEqualTo("ProductScope file format");
        assertThat(html.select("h2").text()).isEqualTo("File format");
        assertThat(html.select("li strong").text()).isEqualTo("Deterministic saving.");
        assertThat(html.select("a").eachAttr("href")).as("links into the source tree lead nowhere from a temp file")
                .containsExactly("https://www.nist.gov/");
        assertThat(html.body().text()).contains("See the schema and NIST.").doesNotContain("Next");
        assertThat(html.select("script")).as("raw HTML is escaped").isEmpty();
    }
}
