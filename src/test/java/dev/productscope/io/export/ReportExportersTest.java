package dev.productscope.io.export;

import static dev.productscope.io.export.ReportFixtures.GENERATED_TEXT;
import static dev.productscope.io.export.ReportFixtures.VERSION;
import static dev.productscope.io.export.ReportFixtures.asParsed;
import static dev.productscope.io.export.ReportFixtures.assessed;
import static dev.productscope.io.export.ReportFixtures.context;
import static dev.productscope.io.export.ReportFixtures.export;
import static dev.productscope.io.export.ReportFixtures.html;
import static dev.productscope.io.export.ReportFixtures.latinWords;
import static dev.productscope.io.export.ReportFixtures.pdfText;
import static dev.productscope.io.export.ReportFixtures.squeezed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Finding;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full report as one HTML file and as a PDF, read back with an HTML parser, an XML parser and
 * PDFBox: every bundled example with an assessment and an answer set, and hostile text everywhere.
 */
class ReportExportersTest {

    private static final String JUSTIFICATION = "Commissioned once by the installer, never reconfigured";
    private static final String EVIDENCE = "install-guide-v3.pdf";
    private static final String ANSWER = "Building operators and their maintenance contractors";

    static Stream<String> examples() {
        return BundledExamples.all().stream().map(BundledExamples.Example::id);
    }

    static Stream<Arguments> hostile() {
        return HostileStrings.ALL.stream().map(s -> Arguments.of(HostileStrings.label(s), s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void htmlReportIsOneSelfContainedPageWithEverySection(String example) throws IOException {
        Model model = assessed(BundledExamples.find(example).orElseThrow().load(), JUSTIFICATION, EVIDENCE, ANSWER);
        ExportContext context = context(model);
        byte[] bytes = export(new HtmlReportExporter(), context);
        Document page = html(bytes);

        assertThat(page.select("style").html()).contains("@media print").contains("break-before: page");
        Element image = page.selectFirst("figure img");
        assertThat(image).isNotNull();
        assertThat(image.attr("alt")).startsWith("Annotated diagram of " + model.name());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder()
                .decode(image.attr("src").substring("data:image/png;base64,".length()))));
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);
        assertThat(png.getWidth()).as("drawn at twice the size").isEqualTo((int) Math.ceil(diagram.width() * 2));
        assertThat(page.select("h2")).extracting(Element::text)
                .containsAll(model.products().stream().map(Product::name).toList()).contains("Diagram", "Findings");
        List<String> cells = page.select("td").eachText();
        assertThat(cells).contains(JUSTIFICATION, EVIDENCE, ANSWER, firstMember(context));
        assertThat(cells).containsAll(diagram.numberedFindings().stream().map(Finding::message).toList());
        assertThat(page.text()).contains(ChecklistExportersTest.referenceShown(context), VERSION, GENERATED_TEXT,
                CatalogReader.bundled().layers().get(0).catalogVersion());
        flowLabel(model).ifPresent(label -> assertThat(cells).contains(label));
        assertThat(export(new HtmlReportExporter(), context)).as("the same context exports the same bytes")
                .isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void pdfReportHasTheDiagramPageAChapterPerProductAndTheFindings(String example) throws IOException {
        Model model = assessed(BundledExamples.find(example).orElseThrow().load(), JUSTIFICATION, EVIDENCE, ANSWER);
        ExportContext context = context(model);
        byte[] bytes = export(new PdfReportExporter(), context);

        List<String> expected = new ArrayList<>(model.products().stream().map(Product::name).toList());
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);
        diagram.numberedFindings().forEach(f -> expected.add(f.message()));
        expected.addAll(List.of(JUSTIFICATION, EVIDENCE, ANSWER, ChecklistExportersTest.referenceShown(context),
                VERSION, GENERATED_TEXT, CatalogReader.bundled().layers().get(0).catalogVersion(),
                firstMember(context)));
        flowLabel(model).ifPresent(expected::add);
        assertThat(squeezed(pdfText(bytes))).contains(expected.stream().map(ReportFixtures::squeezed).toList());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).startsWith("Diagram").endsWith("Findings")
                    .containsAll(model.products().stream().map(Product::name).toList());
            assertThat(isLandscape(pdf.getPage(1))).as("the diagram's page is landscape when the diagram is wide")
                    .isEqualTo(diagram.width() > diagram.height());
            assertThat(isLandscape(pdf.getPage(2))).as("the product pages are portrait again").isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileTextStaysTextInTheHtmlReport(String label, String text) {
        Model model = assessed(HostileStrings.model(text), text, text, text);
        Document page = html(export(new HtmlReportExporter(), context(model)));

        String parsed = asParsed(text);
        assertThat(page.select("h1.u, h2.u")).extracting(Element::wholeText).contains(parsed);
        assertThat(page.select("td.u")).extracting(Element::wholeText).contains(parsed);
        assertThat(page.selectFirst("figure img").attr("alt")).startsWith("Annotated diagram of ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileTextLeavesThePdfReportReadable(String label, String text) {
        Model model = assessed(HostileStrings.model(text), text, text, text);
        String extracted = squeezed(pdfText(export(new PdfReportExporter(), context(model))));

        assertThat(extracted).contains("Findings", VERSION);
        latinWords(text).stream().distinct().limit(40).forEach(word -> assertThat(extracted).contains(word));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.productscope.io.export.AtomicReportExportTest#formats")
    void aModelWithoutProductsStillExports(ExportFormat format) {
        byte[] bytes = export(format.exporter(), context(Model.empty("Nothing drawn yet")));

        String readable = ChecklistExportersTest.readable(format, bytes);
        if (format == ExportFormat.CHECKLIST_CSV) {
            assertThat(readable).isEmpty();
        } else {
            assertThat(readable).contains("Nothing drawn yet");
        }
    }

    private static Optional<String> flowLabel(Model model) {
        return model.flows().stream().map(Flow::label).filter(l -> l != null && !l.isBlank()).findFirst();
    }

    /** The name of the first component of the first product, which the members table lists. */
    private static String firstMember(ExportContext context) {
        String id = context.applicability().membersOf(context.model().products().get(0).id()).get(0);
        return context.model().component(id).orElseThrow().name();
    }

    /** As a viewer shows the page: its media box turned by the page's rotation. */
    private static boolean isLandscape(PDPage page) {
        PDRectangle box = page.getMediaBox();
        boolean turned = page.getRotation() % 180 != 0;
        return turned ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight();
    }
}
