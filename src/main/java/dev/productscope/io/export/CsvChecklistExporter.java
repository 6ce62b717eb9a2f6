package dev.productscope.io.export;

import dev.productscope.io.ChecklistCsvWriter;
import java.io.OutputStream;

/**
 * Each product's checklist as CSV: the {@code checklist} command's columns, then when and by which
 * version it was exported; formula-like cells are neutralised.
 */
public final class CsvChecklistExporter implements Exporter {

    @Override
    public void export(ExportContext context, OutputStream out) {
        ChecklistTextExport.write(context, out, new ChecklistCsvWriter(ReportModel.stamp(context)));
    }
}
