package dev.productscope.io.export;

import com.samskivert.mustache.Template;
import dev.productscope.io.ChecklistReport;
import dev.productscope.io.ChecklistView;
import java.io.OutputStream;
import java.util.List;

/** Each product's checklist and activities answers as one self-contained HTML page. */
public final class HtmlChecklistExporter implements Exporter {

    private static final Template PRODUCT = HtmlDocument.template("checklist-product.html");

    /** What the product template reads: the product's checklist and its link target. */
    record ProductSection(String anchor, ChecklistView.ProductPart checklist) {
    }

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0, "Collecting the checklist");
        ChecklistReport report = ChecklistReport.of(context.applicability(), context.productId());
        ReportModel.Header header = ReportModel.header(context, "Checklist", false);
        HtmlDocument html = new HtmlDocument(out);
        html.write(HtmlDocument.START, header);
        List<ChecklistReport.ProductChecklist> products = report.products();
        for (int i = 0; i < products.size(); i++) {
            context.step((i + 1.0) / (products.size() + 1), "Writing the checklist of " + products.get(i).product()
                    .name());
            html.write(PRODUCT, new ProductSection(ReportModel.anchor(i),
                    ChecklistView.product(report, products.get(i))));
        }
        html.write(HtmlDocument.END, header);
        context.step(1, "Checklist written");
    }
}
