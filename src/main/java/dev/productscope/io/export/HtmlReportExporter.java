package dev.productscope.io.export;

import com.samskivert.mustache.Template;
import dev.productscope.io.ChecklistReport;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The full report as one self-contained HTML file: styles inline (with print rules), the annotated
 * diagram embedded as a PNG, no scripts and nothing fetched from elsewhere.
 */
public final class HtmlReportExporter implements Exporter {

    private static final Template DIAGRAM = HtmlDocument.template("report-diagram.html");
    private static final Template PRODUCT = HtmlDocument.template("report-product.html");
    private static final Template FINDINGS = HtmlDocument.template("report-findings.html");
    /** Sharp when printed; large diagrams get fewer pixels per unit so the page stays small enough to open. */
    private static final double SCALE = 2;
    private static final double MAX_PIXELS = 24_000_000;

    /** The embedded picture of the diagram, with its size in CSS pixels and its text alternative. */
    record Figure(String dataUri, String alt, long width, long height) {
    }

    record Findings(List<ReportModel.FindingRow> findings, String summary) {
    }

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0, "Drawing the diagram");
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);
        List<ReportModel.FindingRow> findings = ReportModel.findings(context, diagram.numberedFindings());
        ReportModel.Header header = ReportModel.header(context, "Report", true);
        Figure figure = figure(diagram, header, findings.size());
        context.step(0.2, "Collecting the checklists");
        ChecklistReport checklists = ChecklistReport.of(context.applicability(), context.productId());
        HtmlDocument html = new HtmlDocument(out);
        html.write(HtmlDocument.START, header);
        html.write(DIAGRAM, figure);
        int products = context.products().size();
        for (int i = 0; i < products; i++) {
            context.step(0.3 + 0.6 * i / products, "Writing " + context.products().get(i).name());
            html.write(PRODUCT, ReportModel.product(context, i, checklists, findings));
        }
        context.step(0.9, "Writing the findings");
        html.write(FINDINGS, new Findings(findings, ReportModel.count(findings.size(), "finding")));
        html.write(HtmlDocument.END, header);
        context.step(1, "Report written");
    }

    private static Figure figure(AnnotatedDiagram diagram, ReportModel.Header header, int findings) {
        String alt = "Annotated diagram of " + header.modelName() + " (" + header.summary() + ")"
                + (findings == 0 ? "." : "; the numbered badges refer to the findings listed at the end.");
        return new Figure("data:image/png;base64," + Base64.getEncoder().encodeToString(png(diagram)), alt,
                Math.round(Math.ceil(diagram.width())), Math.round(Math.ceil(diagram.height())));
    }

    static byte[] png(AnnotatedDiagram diagram) {
        double scale = Math.min(SCALE, Math.sqrt(MAX_PIXELS / (diagram.width() * diagram.height())));
        int width = Math.max(1, (int) Math.ceil(diagram.width() * scale));
        int height = Math.max(1, (int) Math.ceil(diagram.height() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            diagram.paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new ExportException("this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
