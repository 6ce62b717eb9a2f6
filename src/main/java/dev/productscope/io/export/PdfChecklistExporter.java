package dev.productscope.io.export;

import com.lowagie.text.Chapter;
import dev.productscope.io.ChecklistReport;
import dev.productscope.io.ChecklistView;
import java.io.OutputStream;
import java.util.List;

/** Each product's checklist and activities answers as a PDF, a chapter (and a bookmark) per product. */
public final class PdfChecklistExporter implements Exporter {

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0, "Collecting the checklist");
        ChecklistReport report = ChecklistReport.of(context.applicability(), context.productId());
        ReportModel.Header header = ReportModel.header(context, "Checklist", false);
        PdfStyle style = PdfStyle.load();
        PdfDocumentWriter pdf = new PdfDocumentWriter(out, style, header);
        pdf.titleBlock(header);
        PdfChecklistWriter checklist = new PdfChecklistWriter(style);
        List<ChecklistReport.ProductChecklist> products = report.products();
        for (int i = 0; i < products.size(); i++) {
            ChecklistView.ProductPart part = ChecklistView.product(report, products.get(i));
            context.step((i + 1.0) / (products.size() + 1), "Writing the checklist of " + part.name());
            Chapter chapter = pdf.chapter(part.name());
            checklist.write(chapter, part);
            pdf.add(chapter);
        }
        context.step(1, "Finishing the PDF");
        pdf.close();
    }
}
