package dev.productscope.io.export;

import dev.productscope.io.ChecklistMarkdownWriter;
import java.io.OutputStream;

/** Each product's checklist and activities answers as GitHub-flavoured Markdown, stamped with date and version. */
public final class MarkdownChecklistExporter implements Exporter {

    @Override
    public void export(ExportContext context, OutputStream out) {
        ChecklistTextExport.write(context, out, new ChecklistMarkdownWriter(ReportModel.stamp(context)));
    }
}
