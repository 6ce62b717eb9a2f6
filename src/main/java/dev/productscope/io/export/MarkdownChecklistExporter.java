package dev.productscope.io.export;

import dev.productscope.io.ChecklistMarkdownWriter;
import dev.productscope.io.ChecklistReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Each product's checklist and activities answers as GitHub-flavoured Markdown, stamped with date and version. */
public final class MarkdownChecklistExporter implements Exporter {

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0, "Collecting the checklist");
        ChecklistReport report = ChecklistReport.of(context.applicability(), context.productId());
        context.step(0.5, "Writing the checklist");
        try {
            new ChecklistMarkdownWriter(ReportModel.stamp(context)).write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.step(1, "Checklist written");
    }
}
