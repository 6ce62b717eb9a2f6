package dev.productscope.io.export;

import dev.productscope.io.AtomicFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an export to a file atomically: a failed or cancelled export leaves no file behind, partial or not. */
public final class ExportFiles {

    private ExportFiles() {
    }

    public static void write(Path target, ExportFormat format, ExportContext context) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("cannot write " + target + ": the folder " + folder + " does not exist");
        }
        try {
            AtomicFileWriter.write(target, out -> format.exporter().export(context, out));
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
