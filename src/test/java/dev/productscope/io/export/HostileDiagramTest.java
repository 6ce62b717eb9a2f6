package dev.productscope.io.export;

import static dev.productscope.io.export.DiagramExportFixtures.VERSION;
import static dev.productscope.io.export.DiagramExportFixtures.context;
import static dev.productscope.io.export.DiagramExportFixtures.elementNames;
import static dev.productscope.io.export.DiagramExportFixtures.export;
import static dev.productscope.io.export.DiagramExportFixtures.parseSvg;
import static dev.productscope.io.export.DiagramExportFixtures.pdfText;
import static dev.productscope.io.export.DiagramExportFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Model;
import dev.productscope.render.DrawnText;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The model, every zone, component, product and flow label named with hostile text: the SVG is
 * well-formed XML holding only drawing elements and the text as drawn (whole, or cut cleanly with
 * an ellipsis), the PDF opens and gives its text back, and no picture grows with the text's length.
 */
class HostileDiagramTest {

    private static final String ELLIPSIS = "\u2026";
    /** Far more than any drawn line holds; a longer text element would mean text ran off the page. */
    private static final int LONGEST_LINE = 400;

    static Stream<Arguments> hostile() {
        return HostileStrings.ALL.stream().map(s -> Arguments.of(HostileStrings.label(s), s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void svgParsesDrawsOnlyShapesAndShowsTheText(String label, String text) throws Exception {
        ExportContext context = context(HostileStrings.model(text));
        Document svg = parseSvg(export(new SvgDiagramExporter(), context));
        String drawn = DrawnText.clean(text);

        assertThat(elementNames(svg)).isSubsetOf(DiagramExportersTest.DRAWING_ELEMENTS)
                .doesNotContain("script", "foreignObject");
        assertNoActiveAttributes(svg);
        List<String> texts = texts(svg);
        assertThat(texts).allSatisfy(t -> assertThat(t.length()).isLessThan(LONGEST_LINE));
        if (drawn.length() < 100) {
            // The title block has room for it whole.
            assertThat(texts).contains(drawn);
        } else {
            assertThat(texts).anySatisfy(t -> assertCutCleanly(t, drawn));
        }
        // Wherever it was cut (names, tags, flow labels, the findings key), the cut is clean.
        List<String> sources = Stream.concat(Stream.of(drawn, drawn + " \u00b7 locally managed"),
                context.analysis().findings().stream().map(f -> DrawnText.clean(f.message()))).toList();
        assertThat(texts).filteredOn(t -> t.endsWith(ELLIPSIS) && t.length() > 1)
                .allSatisfy(t -> assertCutFrom(t, sources));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void pdfOpensAndGivesItsTextBack(String label, String text) {
        String extracted = pdfText(export(new PdfDiagramExporter(), context(HostileStrings.model(text))));

        assertThat(extracted).contains("2024-05-01", "ProductScope " + VERSION, "Findings (1)", "Legend");
        String drawn = DrawnText.clean(text).strip();
        if (drawn.length() < 100 && drawn.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            // Plain ASCII comes back exactly; other scripts depend on the system's fonts.
            assertThat(extracted).contains(drawn);
        }
        if (drawn.matches("[\\p{IsHebrew}\\p{IsArabic} ]+") && extracted.contains(drawn.substring(0, 1))) {
            // Written in visual order, so an extractor's bidi pass gives the words back as typed.
            assertThat(extracted).contains(drawn);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void pictureSizeDoesNotGrowWithTheText(String label, String text) {
        Model plain = HostileStrings.model("Name");
        AnnotatedDiagram reference = AnnotatedDiagram.of(context(plain));
        AnnotatedDiagram hostile = AnnotatedDiagram.of(context(HostileStrings.model(text)));

        // Longer names widen tiles and tags a little, up to their caps; never by the text's length.
        assertThat(hostile.width()).isLessThan(reference.width() + 400);
        assertThat(hostile.height()).isLessThan(reference.height() + 400);
        BufferedImage image = PngDiagramExporter.image(context(HostileStrings.model(text),
                ExportOptions.defaults().withScale(1)));
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(hostile.width()));
    }

    private static void assertCutCleanly(String shown, String whole) {
        assertThat(shown).endsWith(ELLIPSIS);
        String head = shown.substring(0, shown.length() - 1);
        assertThat(head).isNotEmpty();
        assertThat(whole).startsWith(head);
        assertThat(Character.isHighSurrogate(head.charAt(head.length() - 1))).as("cut inside a pair").isFalse();
    }

    private static void assertCutFrom(String shown, List<String> sources) {
        String head = shown.substring(0, shown.length() - 1).strip();
        assertThat(head).isNotEmpty();
        assertThat(Character.isHighSurrogate(head.charAt(head.length() - 1))).as("cut inside a pair").isFalse();
        assertThat(sources).as(shown).anyMatch(source -> source.contains(head));
    }

    private static void assertNoActiveAttributes(Document svg) {
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getLocalName() == null ? attributes.item(a).getNodeName()
                        : attributes.item(a).getLocalName();
                assertThat(name.toLowerCase()).as("attribute").doesNotStartWith("on").isNotEqualTo("href");
            }
        }
    }
}
