package dev.productscope.io.export;

import static dev.productscope.io.export.DiagramExportFixtures.GENERATED_AT;
import static dev.productscope.io.export.DiagramExportFixtures.VERSION;
import static dev.productscope.io.export.DiagramExportFixtures.context;
import static dev.productscope.io.export.DiagramExportFixtures.elementNames;
import static dev.productscope.io.export.DiagramExportFixtures.example;
import static dev.productscope.io.export.DiagramExportFixtures.export;
import static dev.productscope.io.export.DiagramExportFixtures.parseSvg;
import static dev.productscope.io.export.DiagramExportFixtures.pdfText;
import static dev.productscope.io.export.DiagramExportFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.productscope.analysis.Finding;
import dev.productscope.catalog.Applicability;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class DiagramExportersTest {

    private final Model model = example("smart-building");
    private final ExportContext context = context(model);

    @Test
    void pngFollowsTheScaleOnWhite() throws Exception {
        BufferedImage once = ImageIO.read(new ByteArrayInputStream(
                export(new PngDiagramExporter(), context.withOptions(context.options().withScale(1)))));
        BufferedImage thrice = ImageIO.read(new ByteArrayInputStream(
                export(new PngDiagramExporter(), context.withOptions(context.options().withScale(3)))));
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);

        assertThat(once.getWidth()).isEqualTo((int) Math.ceil(diagram.width()));
        assertThat(once.getHeight()).isEqualTo((int) Math.ceil(diagram.height()));
        assertThat(thrice.getWidth()).isEqualTo((int) Math.ceil(diagram.width() * 3));
        assertThat(once.getRGB(2, 2) & 0xFFFFFF).as("white margin").isEqualTo(0xFFFFFF);
    }

    @Test
    void svgKeepsTextAsTextAndDrawsNothingButShapes() throws Exception {
        Document svg = parseSvg(export(new SvgDiagramExporter(), context));

        assertThat(texts(svg)).contains("Smart building", "Office router", "Legend", "Findings (8)");
        assertThat(elementNames(svg)).isSubsetOf(DRAWING_ELEMENTS);
        assertThat(SvgDiagramExporter.toSvg(context)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
                .doesNotContain("<!DOCTYPE");
    }

    @Test
    void titleBlockNamesModelDateVersionAndCatalogs() throws Exception {
        List<String> shown = texts(parseSvg(export(new SvgDiagramExporter(), context)));
        List<String> hidden = texts(parseSvg(export(new SvgDiagramExporter(),
                context.withOptions(context.options().withTitleBlock(false)))));

        String made = "2024-05-01  \u00b7  ProductScope " + VERSION;
        String catalogs = "Catalogs: " + context.catalog().describe();
        assertThat(shown).contains("Smart building", made, catalogs);
        assertThat(hidden).doesNotContain("Smart building", made, catalogs);
    }

    @Test
    void theDateIsTheUtcDay() {
        // 23:30 UTC on 1 May is already 2 May east of Greenwich: the title block says 1 May wherever it runs.
        assertThat(GENERATED_AT.toString()).startsWith("2024-05-01T23:30");
        assertThat(SvgDiagramExporter.toSvg(context)).contains("2024-05-01").doesNotContain("2024-05-02");
    }

    @Test
    void findingsAreNumberedOnTheDrawingAndListedBesideIt() throws Exception {
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);
        List<Finding> findings = diagram.numberedFindings();
        List<String> shown = texts(parseSvg(export(new SvgDiagramExporter(), context)));
        List<String> hidden = texts(parseSvg(export(new SvgDiagramExporter(),
                context.withOptions(context.options().withFindingsKey(false)))));

        assertThat(findings).isEqualTo(context.analysis().findings()).hasSize(8);
        for (int n = 1; n <= findings.size(); n++) {
            // Once on the drawing, once in the key.
            assertThat(shown).as("badge %d", n).filteredOn(Integer.toString(n)::equals).hasSize(2);
        }
        assertThat(shown).contains("Findings (8)", "Warning  \u00b7  " + findings.get(0).rule());
        assertThat(String.join(" ", shown)).contains("Flow 'f-access-sync'");
        assertThat(hidden).noneMatch(t -> t.startsWith("Findings")).doesNotContain("1", "8");
    }

    @Test
    void legendAndProductBoundariesFollowTheOptions() throws Exception {
        Product hiddenProduct = model.products().get(0);
        ExportOptions options = context.options().withLegend(false).withHiddenProducts(Set.of(hiddenProduct.id()));
        List<String> all = texts(parseSvg(export(new SvgDiagramExporter(), context)));
        List<String> fewer = texts(parseSvg(export(new SvgDiagramExporter(), context.withOptions(options))));

        assertThat(all).contains("Legend", hiddenProduct.name(), model.products().get(1).name());
        assertThat(fewer).doesNotContain("Legend", hiddenProduct.name()).contains(model.products().get(1).name());
        assertThat(AnnotatedDiagram.of(context.withOptions(options)).height())
                .isLessThan(AnnotatedDiagram.of(context).height());
    }

    @Test
    void pdfIsOneVectorPageSizedToThePictureWithExtractableText() throws Exception {
        byte[] bytes = export(new PdfDiagramExporter(), context);
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo((float) diagram.width(), offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo((float) diagram.height(), offset(0.5f));
            for (COSName name : page.getResources().getXObjectNames()) {
                assertThat(page.getResources().getXObject(name)).as("no bitmap").isNotInstanceOf(PDImageXObject.class);
            }
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Smart building");
        }
        String text = pdfText(bytes);
        assertThat(text).contains("Smart building", "ProductScope " + VERSION, "Catalogs: NIST IoT product baseline",
                "Office router", "Findings (8)", "Legend");
    }

    @Test
    void pdfTextLayerRunsRightToLeftTextInVisualOrder() {
        assertThat(PdfPagePainter.visualOrder("plain")).isEqualTo("plain");
        assertThat(PdfPagePainter.visualOrder("abc \u05D0\u05D1\u05D2 def")).isEqualTo("abc \u05D2\u05D1\u05D0 def");
        assertThat(PdfPagePainter.visualOrder("\u05D0\u05D1 \uD83D\uDE00")).isEqualTo("\uD83D\uDE00 \u05D1\u05D0");
    }

    @Test
    void everyFormatLeavesTheStreamOpenAndStopsWhenCancelled() {
        List<Exporter> exporters = List.of(new PngDiagramExporter(), new SvgDiagramExporter(), new PdfDiagramExporter());
        for (Exporter exporter : exporters) {
            boolean[] closed = {false};
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            exporter.export(context.withOptions(context.options().withScale(1)), out);
            assertThat(out.size()).isPositive();
            assertThat(closed[0]).as(exporter.getClass().getSimpleName()).isFalse();

            ExportContext cancelled = context.withProgress(new ExportProgress() {
                @Override
                public void report(double fraction, String step) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            });
            assertThatThrownBy(() -> exporter.export(cancelled, new ByteArrayOutputStream()))
                    .isInstanceOf(ExportCancelledException.class);
        }
    }

    @Test
    void writesFilesThroughTheRegistry(@TempDir Path folder) throws IOException {
        for (ExportFormat format : List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.DIAGRAM_PDF)) {
            Path target = folder.resolve("diagram" + format.defaultExtension());
            ExportFiles.write(target, format, context);
            assertThat(Files.size(target)).as(format.id()).isGreaterThan(1000);
        }
        assertThat(ImageIO.read(folder.resolve("diagram.png").toFile())).isNotNull();
    }

    @Test
    void anEmptyModelStillGivesATitledPicture() throws Exception {
        ExportContext empty = context(Model.empty("Nothing yet"));
        List<String> texts = texts(parseSvg(export(new SvgDiagramExporter(), empty)));

        assertThat(texts).contains("Nothing yet", "Findings", "No findings.");
        assertThat(pdfText(export(new PdfDiagramExporter(), empty))).contains("Nothing yet");
        assertThat(ImageIO.read(new ByteArrayInputStream(export(new PngDiagramExporter(), empty)))).isNotNull();
    }

    @Test
    void theChosenProductIsNamedInTheTitleBlock() throws Exception {
        Product product = model.products().get(1);
        Applicability applicability = context.applicability();
        ExportContext one = new ExportContext(applicability, null, product.id(), GENERATED_AT, VERSION, null);

        assertThat(String.join("\n", texts(parseSvg(export(new SvgDiagramExporter(), one)))))
                .contains("Product: " + product.name());
    }

    /** What a drawing of shapes and text is made of; nothing that runs, links or embeds. */
    static final Set<String> DRAWING_ELEMENTS = Set.of("svg", "g", "defs", "clipPath", "path", "rect", "ellipse",
            "circle", "line", "polyline", "polygon", "text");
}
