package dev.productscope.io.export;

import dev.productscope.io.ChecklistReport;
import dev.productscope.io.ChecklistWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The steps the text checklist exports share: collect the checklist, then let one writer write it. */
final class ChecklistTextExport {

    private ChecklistTextExport() {
    }

    static void write(ExportContext context, OutputStream out, ChecklistWriter writer) {
        context.step(0, "Collecting the checklist");
        ChecklistReport report = ChecklistReport.of(context.applicability(), context.productId());
        context.step(0.5, "Writing the checklist");
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.step(1, "Checklist written");
    }
}
