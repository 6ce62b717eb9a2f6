package dev.productscope.io.export;

import dev.productscope.io.ChecklistCsvWriter;
import dev.productscope.io.ChecklistReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Each product's checklist as CSV: the {@code checklist} command's columns, then when and by which
 * version it was exported; formula-like cells are neutralised.
 */
public final class CsvChecklistExporter implements Exporter {

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0, "Collecting the checklist");
        ChecklistReport report = ChecklistReport.of(context.applicability(), context.productId());
        context.step(0.5, "Writing the checklist");
        try {
            new ChecklistCsvWriter(ReportModel.stamp(context)).write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.step(1, "Checklist written");
    }
}
