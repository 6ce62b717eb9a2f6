package dev.productscope.io.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Every export format, the one place each is registered with its exporter and file extension. */
public enum ExportFormat {
    PNG("png", "PNG image of the diagram", ".png", Kind.DIAGRAM, PngDiagramExporter::new),
    SVG("svg", "SVG drawing of the diagram", ".svg", Kind.DIAGRAM, SvgDiagramExporter::new),
    DIAGRAM_PDF("diagram-pdf", "PDF of the diagram", null, Kind.DIAGRAM, PdfDiagramExporter::new),
    REPORT_HTML("report-html", "Full report, HTML", ".html", Kind.REPORT, HtmlReportExporter::new),
    REPORT_PDF("report-pdf", "Full report, PDF", ".pdf", Kind.REPORT, PdfReportExporter::new),
    CHECKLIST_MD("checklist-md", "Checklist, Markdown", ".md", Kind.CHECKLIST, MarkdownChecklistExporter::new),
    CHECKLIST_HTML("checklist-html", "Checklist, HTML", null, Kind.CHECKLIST, HtmlChecklistExporter::new),
    CHECKLIST_CSV("checklist-csv", "Checklist, CSV", ".csv", Kind.CHECKLIST, CsvChecklistExporter::new),
    CHECKLIST_PDF("checklist-pdf", "Checklist, PDF", null, Kind.CHECKLIST, PdfChecklistExporter::new),
    CYCLONEDX("cyclonedx", "CycloneDX BOM of one product (JSON)", ".cdx.json", Kind.INTEROPERABILITY,
            CycloneDxExporter::new),
    OTM("otm", "Open Threat Model (JSON)", ".otm.json", Kind.INTEROPERABILITY, OtmExporter::new),
    GRAPHML("graphml", "GraphML of the link and flow graphs", ".graphml", Kind.INTEROPERABILITY,
            GraphMlExporter::new),
    DOT("dot", "Graphviz DOT of the link and flow graphs", ".dot", Kind.INTEROPERABILITY, DotExporter::new);

    /** What an export is, for grouping in menus and help. */
    public enum Kind { DIAGRAM, REPORT, CHECKLIST, INTEROPERABILITY }

    private final String id;
    private final String label;
    private final String extension;
    private final Kind kind;
    private final Supplier<Exporter> exporter;

    ExportFormat(String id, String label, String extension, Kind kind, Supplier<Exporter> exporter) {
        this.id = id;
        this.label = label;
        this.extension = extension;
        this.kind = kind;
        this.exporter = exporter;
    }

    /** What {@code --format} takes, e.g. {@code report-pdf}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The file name ending that picks this format, e.g. {@code .cdx.json}; {@code null} when only --format does. */
    public String extension() {
        return extension;
    }

    /** The ending a file of this format gets when the user has not typed one. */
    public String defaultExtension() {
        return extension != null ? extension : switch (this) {
            case DIAGRAM_PDF, CHECKLIST_PDF -> ".pdf";
            case CHECKLIST_HTML -> ".html";
            default -> throw new IllegalStateException(id + " has no extension");
        };
    }

    public Kind kind() {
        return kind;
    }

    public Exporter exporter() {
        return exporter.get();
    }

    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** The format a file name asks for by its ending, the longest matching ending winning ({@code .cdx.json} over {@code .json}). */
    public static Optional<ExportFormat> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension != null && name.endsWith(f.extension))
                .max(Comparator.comparingInt(f -> f.extension.length()));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ExportFormat::id).toList();
    }
}
