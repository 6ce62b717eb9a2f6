package dev.productscope.io.export;

import static dev.productscope.io.export.ReportFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.productscope.io.BundledExamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A checklist or report export that fails half way leaves no file behind, neither the target nor a temporary. */
class AtomicReportExportTest {

    @TempDir
    Path folder;

    static Stream<ExportFormat> formats() {
        return Stream.of(ExportFormat.CHECKLIST_MD, ExportFormat.CHECKLIST_HTML, ExportFormat.CHECKLIST_CSV,
                ExportFormat.CHECKLIST_PDF, ExportFormat.REPORT_HTML, ExportFormat.REPORT_PDF);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aCancelledExportLeavesNoFile(ExportFormat format) {
        ExportContext context = context(BundledExamples.find("remote-backends").orElseThrow().load());
        Path target = folder.resolve("out" + format.defaultExtension());
        CancelAt counting = new CancelAt(Integer.MAX_VALUE, folder);
        ExportFiles.write(target, format, context.withProgress(counting));
        int steps = counting.calls;
        assertThat(steps).as("progress steps").isGreaterThanOrEqualTo(2);
        delete(target);

        for (int at : new int[] {2, steps}) {
            CancelAt cancel = new CancelAt(at, folder);
            assertThatThrownBy(() -> ExportFiles.write(target, format, context.withProgress(cancel)))
                    .isInstanceOf(ExportCancelledException.class);
            if (at == steps) {
                assertThat(cancel.bytesWhenCancelled).as("cancelled with part of the file written").isPositive();
            }
            assertThat(list(folder)).as("files left after cancelling at step " + at).isEmpty();
        }
    }

    /** Cancels at the n-th question, noting how much had been written by then. */
    private static final class CancelAt implements ExportProgress {

        private final int at;
        private final Path folder;
        int calls;
        long bytesWhenCancelled = -1;

        CancelAt(int at, Path folder) {
            this.at = at;
            this.folder = folder;
        }

        @Override
        public void report(double fraction, String step) {
        }

        @Override
        public boolean isCancelled() {
            calls++;
            if (calls == at) {
                bytesWhenCancelled = list(folder).stream().mapToLong(AtomicReportExportTest::size).sum();
                return true;
            }
            return false;
        }
    }

    private static java.util.List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
