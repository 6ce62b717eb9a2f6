package dev.productscope.io.export;

import java.io.OutputStream;

/**
 * Writes one export format; one class per format, registered in {@link ExportFormat}, like
 * JGraphT's exporters. Problems are thrown as the unchecked {@link ExportException}.
 */
@FunctionalInterface
public interface Exporter {

    /** Writes the export to {@code out}, which stays open; the caller makes the file atomically. */
    void export(ExportContext context, OutputStream out);
}
