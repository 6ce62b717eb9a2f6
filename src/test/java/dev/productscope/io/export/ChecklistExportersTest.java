package dev.productscope.io.export;

import static dev.productscope.io.export.ReportFixtures.GENERATED_TEXT;
import static dev.productscope.io.export.ReportFixtures.VERSION;
import static dev.productscope.io.export.ReportFixtures.asParsed;
import static dev.productscope.io.export.ReportFixtures.assertTablesStayTables;
import static dev.productscope.io.export.ReportFixtures.assessed;
import static dev.productscope.io.export.ReportFixtures.context;
import static dev.productscope.io.export.ReportFixtures.csv;
import static dev.productscope.io.export.ReportFixtures.export;
import static dev.productscope.io.export.ReportFixtures.html;
import static dev.productscope.io.export.ReportFixtures.latinWords;
import static dev.productscope.io.export.ReportFixtures.pdfText;
import static dev.productscope.io.export.ReportFixtures.squeezed;
import static dev.productscope.io.export.ReportFixtures.text;
import static dev.productscope.io.export.ReportFixtures.unescaped;
import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.catalog.Checklist;
import dev.productscope.catalog.ChecklistItem;
import dev.productscope.catalog.Reference;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.ChecklistCsvWriter;
import dev.productscope.io.ChecklistReport;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checklist in Markdown, HTML, CSV and PDF, each read back with a real parser: every bundled
 * example with an assessment and an answer set, hostile text in every name and note, and CSV cells
 * that a spreadsheet would run as formulas.
 */
class ChecklistExportersTest {

    private static final String JUSTIFICATION = "Battery powered, no radio after commissioning";
    private static final String EVIDENCE = "lab-report-17.pdf";
    private static final String ANSWER = "Facility managers configure it from the building office";
    static final List<ExportFormat> FORMATS = List.of(ExportFormat.CHECKLIST_MD, ExportFormat.CHECKLIST_HTML,
            ExportFormat.CHECKLIST_CSV, ExportFormat.CHECKLIST_PDF);

    static Stream<Arguments> examplesAndFormats() {
        return BundledExamples.all().stream().flatMap(e -> FORMATS.stream().map(f -> Arguments.of(e.id(), f)));
    }

    static Stream<Arguments> hostileAndFormats() {
        return HostileStrings.ALL.stream().flatMap(s -> FORMATS.stream()
                .map(f -> Arguments.of(HostileStrings.label(s), f, s)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("examplesAndFormats")
    void everyExampleReadsBackWithItsProductsAssessmentsAndStamp(String example, ExportFormat format) {
        Model model = assessed(BundledExamples.find(example).orElseThrow().load(), JUSTIFICATION, EVIDENCE, ANSWER);
        ExportContext context = context(model);
        byte[] bytes = export(format.exporter(), context);

        String readable = readable(format, bytes);
        List<String> expected = new ArrayList<>(model.products().stream().map(Product::name).toList());
        expected.addAll(List.of(JUSTIFICATION, EVIDENCE, referenceShown(context), VERSION, GENERATED_TEXT,
                CatalogReader.bundled().layers().get(0).catalogVersion()));
        if (format != ExportFormat.CHECKLIST_CSV) {
            // CSV has a row per checklist item and no activities answers.
            expected.add(ANSWER);
        }
        assertThat(squeezed(readable)).contains(expected.stream().map(ReportFixtures::squeezed).toList());
        if (format != ExportFormat.CHECKLIST_PDF) {
            assertThat(export(format.exporter(), context)).as("the same context exports the same bytes")
                    .isEqualTo(bytes);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("hostileAndFormats")
    void hostileTextStaysTextInEveryFormat(String label, ExportFormat format, String text) {
        Model model = assessed(HostileStrings.model(text), text, text, text);
        ExportContext context = context(model);
        byte[] bytes = export(format.exporter(), context);

        switch (format) {
            case CHECKLIST_MD -> {
                String markdown = text(bytes);
                assertTablesStayTables(markdown);
                assertThat(unescaped(markdown.replace("<br>", ""), '<')).as("raw HTML").isZero();
                List<String> lines = markdown.lines().toList();
                assertThat(lines.get(0)).startsWith("# Checklist: ");
                assertThat(lines.get(1)).as("the model's name stays on its heading line").isEmpty();
                assertThat(lines.get(2)).startsWith("- Generated " + GENERATED_TEXT);
            }
            case CHECKLIST_HTML -> {
                Document page = html(bytes);
                assertThat(page.select("h2.u")).extracting(e -> e.wholeText()).contains(asParsed(text));
                assertThat(page.select("td.u")).extracting(e -> e.wholeText()).contains(asParsed(text));
                assertThat(page.title()).startsWith("Checklist: ");
            }
            case CHECKLIST_CSV -> {
                List<CSVRecord> records = csv(bytes);
                int items = model.products().stream().mapToInt(p -> Checklist.of(context.applicability(), p.id())
                        .items().size()).sum();
                assertThat(records).hasSize(items).allSatisfy(r -> assertThat(r.size())
                        .isEqualTo(ChecklistCsvWriter.HEADER.size() + 2));
                assertThat(records).extracting(r -> r.get("product"))
                        .containsOnly(ChecklistCsvWriter.neutralised(text));
                assertThat(records).extracting(r -> r.get("justification"))
                        .contains(ChecklistCsvWriter.neutralised(text));
            }
            default -> {
                String extracted = squeezed(pdfText(bytes));
                assertThat(extracted).contains(VERSION);
                latinWords(text).stream().distinct().limit(40).forEach(word -> assertThat(extracted).contains(word));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"})
    void csvCellsThatStartLikeAFormulaAreNeutralised(String formula) {
        Model model = assessed(HostileStrings.model(formula), formula, "safe evidence", "answer");
        List<CSVRecord> records = csv(export(new CsvChecklistExporter(), context(model)));

        assertThat(records).extracting(r -> r.get("product")).containsOnly("'" + formula);
        assertThat(records).extracting(r -> r.get("justification")).contains("'" + formula);
        assertThat(records).extracting(r -> r.get("evidence")).contains("safe evidence");
        assertThat(records).extracting(r -> r.get("generated_at")).containsOnly(GENERATED_TEXT);
        assertThat(records).extracting(r -> r.get("productscope_version")).containsOnly(VERSION);
    }

    @Test
    void neutralisingLeavesOrdinaryCellsAlone() {
        assertThat(ChecklistCsvWriter.neutralised("")).isEmpty();
        assertThat(ChecklistCsvWriter.neutralised("DP-1a")).isEqualTo("DP-1a");
        assertThat(ChecklistCsvWriter.neutralised("a=b")).isEqualTo("a=b");
        assertThat(ChecklistCsvWriter.neutralised("-")).isEqualTo("'-");
    }

    @Test
    void aChosenProductIsTheOnlyOneExported() {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        Product chosen = model.products().get(1);
        ExportContext context = context(model).withProduct(chosen.id());

        for (ExportFormat format : FORMATS) {
            String readable = readable(format, export(format.exporter(), context));
            assertThat(readable).as(format.id()).contains(chosen.name());
            model.products().stream().filter(p -> p != chosen)
                    .forEach(p -> assertThat(readable).as(format.id()).doesNotContain(p.name()));
        }
    }

    /** The export as a reader sees it: parsed HTML text, CSV cells, PDF text, or the Markdown itself. */
    static String readable(ExportFormat format, byte[] bytes) {
        return switch (format) {
            case CHECKLIST_HTML, REPORT_HTML -> html(bytes).text();
            case CHECKLIST_CSV -> String.join("\n", csv(bytes).stream().map(r -> String.join("\n", r.toList()))
                    .toList());
            case CHECKLIST_PDF, REPORT_PDF -> pdfText(bytes);
            default -> text(bytes);
        };
    }

    /** The short name of a reference the first product's checklist shows. */
    static String referenceShown(ExportContext context) {
        ChecklistReport report = ChecklistReport.of(context.applicability(), null);
        for (ChecklistItem item : report.products().get(0).checklist().items()) {
            List<Reference> references = report.references(item);
            if (!references.isEmpty()) {
                return references.get(0).shortName();
            }
        }
        throw new AssertionError("no item with a reference");
    }
}
