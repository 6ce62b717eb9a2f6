package dev.productscope.io.export;

import java.io.OutputStream;

/** Placeholder while the format is being written. */
public final class HtmlReportExporter implements Exporter {

    @Override
    public void export(ExportContext context, OutputStream out) {
        throw new ExportException("this format is not available yet");
    }
}
