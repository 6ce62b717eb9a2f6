package dev.productscope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.commonmark.node.Document;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Markdown laid out as JavaFX nodes: what each construct becomes, and that nothing shows as markup. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        // The toolkit only: the views are built and inspected without a window.
    }

    private VBox render(String markdown) {
        return MarkdownView.render((Document) Parser.builder().build().parse(markdown), opened::add);
    }

    @Test
    void headingsAndParagraphsAreTextFlowsWithTheirStyles() {
        VBox view = render("## File format\n\nA **strong** claim with `code` and *stress*.\n");

        assertThat(view.getStyleClass()).contains(MarkdownView.ROOT_CLASS);
        assertThat(view.getChildren()).hasSize(2).allMatch(TextFlow.class::isInstance);
        TextFlow heading = (TextFlow) view.getChildren().get(0);
        assertThat(heading.getStyleClass()).contains("md-heading", "md-h2");
        assertThat(runs(heading)).extracting(Text::getText).containsExactly("File format");

        TextFlow paragraph = (TextFlow) view.getChildren().get(1);
        assertThat(runs(paragraph)).extracting(Text::getText)
                .containsExactly("A ", "strong", " claim with ", "code", " and ", "stress", ".");
        assertThat(run(paragraph, "strong").getStyleClass()).contains("md-text", "md-strong");
        assertThat(run(paragraph, "code").getStyleClass()).contains("md-code").doesNotContain("md-strong");
        assertThat(run(paragraph, "stress").getStyleClass()).contains("md-emphasis");
        assertThat(run(paragraph, " claim with ").getStyleClass()).containsExactly("md-text");
    }

    @Test
    void nestedStylesAddUp() {
        TextFlow paragraph = (TextFlow) render("***both*** and **bold `code`**\n").getChildren().get(0);

        assertThat(run(paragraph, "both").getStyleClass()).contains("md-strong", "md-emphasis");
        assertThat(run(paragraph, "code").getStyleClass()).contains("md-strong", "md-code");
        assertThat(run(paragraph, " and ").getStyleClass()).containsExactly("md-text");
    }

    @Test
    void bulletAndNumberedListsGetMarkersAndKeepTheirItemsBlocks() {
        VBox view = render("- one\n- two\n  - inner\n\n3. third\n4. fourth\n");

        assertThat(view.getChildren()).hasSize(2);
        assertThat(markers(view.getChildren().get(0))).containsExactly("•", "•", "•");
        assertThat(markers(view.getChildren().get(1))).as("numbered from the list's own start")
                .containsExactly("3.", "4.");
        assertThat(MarkdownView.shownText(view)).contains("one").contains("inner").contains("fourth");
    }

    @Test
    void codeBlocksAreReadOnlyTextAreasHoldingTheCodeExactly() {
        String code = "{\n  \"version\": 1,\n  \"x-note\": \"**not bold**\"\n}";
        VBox view = render("Before.\n\n```json\n" + code + "\n```\n\n    indented block\n");

        List<TextArea> areas = view.getChildren().stream().filter(TextArea.class::isInstance)
                .map(TextArea.class::cast).toList();
        assertThat(areas).extracting(TextArea::getText).containsExactly(code, "indented block");
        assertThat(areas).allSatisfy(area -> {
            assertThat(area.isEditable()).isFalse();
            assertThat(area.isWrapText()).isFalse();
            assertThat(area.getStyleClass()).contains("md-code-block");
        });
        assertThat(areas.get(0).getPrefRowCount()).as("every line, and a row for the scroll bar").isEqualTo(5);
    }

    @Test
    void aLinkIsAHyperlinkThatHandsOverItsDestination() {
        TextFlow paragraph = (TextFlow) render("See [the **NIST** page](https://www.nist.gov/itl) now.\n")
                .getChildren().get(0);

        Hyperlink link = paragraph.getChildren().stream().filter(Hyperlink.class::isInstance)
                .map(Hyperlink.class::cast).findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("the NIST page");
        assertThat(link.getTooltip().getText()).isEqualTo("https://www.nist.gov/itl");
        link.fire();
        assertThat(opened).containsExactly("https://www.nist.gov/itl");
    }

    @Test
    void rawHtmlIsShownAsTextAndNothingShowsAsMarkup() {
        VBox view = render("<script>alert(1)</script>\n\nInline <b>tag</b> here.\n\n---\n\n> quoted **words**\n");

        String shown = MarkdownView.shownText(view);
        assertThat(shown).contains("<script>alert(1)</script>").contains("Inline <b>tag</b> here.")
                .contains("quoted words").doesNotContain("**").doesNotContain("> quoted");
        assertThat(view.lookupAll(".md-quote")).hasSize(1);
        assertThat(view.lookupAll(".separator")).hasSize(1);
    }

    @Test
    void theBundledReferenceShowsWithoutMarkup() {
        VBox view = MarkdownView.render(FormatReferenceModel.bundled().document(), opened::add);

        String shown = MarkdownView.shownText(view);
        assertThat(shown).startsWith("File format\n").contains("Deterministic saving.")
                .contains("\"products\": [").doesNotContain("## ").doesNotContain("**").doesNotContain("```");
        assertThat(shown).as("the schema's link into the source tree became text")
                .contains("productscope-model-1.schema.json");
        assertThat(view.lookupAll(".md-link")).as("only web links stay links")
                .allSatisfy(link -> assertThat(((Hyperlink) link).getTooltip().getText()).startsWith("http"));
    }

    private static List<Text> runs(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    private static Text run(TextFlow flow, String text) {
        return runs(flow).stream().filter(t -> t.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + runs(flow)));
    }

    private static List<String> markers(Node list) {
        List<String> found = new ArrayList<>();
        collectMarkers(list, found);
        return found;
    }

    private static void collectMarkers(Node node, List<String> found) {
        if (node instanceof Label label && label.getStyleClass().contains("md-marker")) {
            found.add(label.getText());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectMarkers(child, found));
        }
    }
}
