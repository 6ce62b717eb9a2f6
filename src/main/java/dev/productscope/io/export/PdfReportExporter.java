package dev.productscope.io.export;

import com.lowagie.text.Chapter;
import com.lowagie.text.pdf.PdfPTable;
import dev.productscope.io.ChecklistReport;
import java.io.OutputStream;
import java.util.List;

/**
 * The full report as a PDF through OpenPDF's document API: title block, the annotated diagram as
 * vectors on its own page, a chapter per product, then the findings; every chapter bookmarked.
 */
public final class PdfReportExporter implements Exporter {

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0, "Drawing the diagram");
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);
        List<ReportModel.FindingRow> findings = ReportModel.findings(context, diagram.numberedFindings());
        ReportModel.Header header = ReportModel.header(context, "Report", true);
        ChecklistReport checklists = ChecklistReport.of(context.applicability(), context.productId());
        PdfStyle style = PdfStyle.load();
        PdfDocumentWriter pdf = new PdfDocumentWriter(out, style, header);
        pdf.titleBlock(header);
        context.step(0.1, "Placing the diagram");
        pdf.diagramPage(diagram, "The product-system as drawn (" + header.summary() + "), with each product's"
                + " boundary, the data flows and numbered badges for the findings listed at the end.");
        PdfProductPages pages = new PdfProductPages(style);
        int products = context.products().size();
        for (int i = 0; i < products; i++) {
            context.step(0.2 + 0.7 * i / products, "Writing " + context.products().get(i).name());
            ReportModel.ProductPart part = ReportModel.product(context, i, checklists, findings);
            Chapter chapter = pdf.chapter(part.name());
            pages.write(chapter, part);
            pdf.add(chapter);
        }
        context.step(0.9, "Writing the findings");
        pdf.add(findings(pdf, style, findings));
        context.step(1, "Finishing the PDF");
        pdf.close();
    }

    private static Chapter findings(PdfDocumentWriter pdf, PdfStyle style, List<ReportModel.FindingRow> findings) {
        Chapter chapter = pdf.chapter("Findings");
        if (findings.isEmpty()) {
            chapter.add(style.paragraph("The analysis found nothing to look at.", style.body));
            return chapter;
        }
        chapter.add(style.paragraph(ReportModel.count(findings.size(), "finding")
                + "; each number matches a badge on the diagram.", style.body));
        PdfPTable table = style.table(0.4f, 0.9f, 1.6f, 2.2f, 5);
        style.headerRow(table, "#", "Severity", "Rule", "About", "What to do");
        for (ReportModel.FindingRow row : findings) {
            table.addCell(style.cell(String.valueOf(row.number()), style.smallBold));
            table.addCell(style.cell(row.severity()));
            table.addCell(style.cell(row.rule()));
            table.addCell(style.cell(row.subjects()));
            table.addCell(style.cell(row.message()));
        }
        chapter.add(table);
        return chapter;
    }
}
