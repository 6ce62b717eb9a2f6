package dev.productscope.io;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a checklist report in one format; one class per format, like JGraphT's exporters. */
@FunctionalInterface
public interface ChecklistWriter {

    /** Writes the report as UTF-8 to {@code out}, which stays open. */
    void write(ChecklistReport report, OutputStream out) throws IOException;
}
