package dev.productscope.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import dev.productscope.io.export.ExportCancelledException;
import dev.productscope.io.export.ExportFormat;
import dev.productscope.io.export.ExportProgress;
import dev.productscope.ui.editor.EditorViewModel;
import dev.productscope.ui.editor.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.prefs.Preferences;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export's choices and job, without a window. */
class ExportDialogModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private final Preferences preferences = Preferences.userRoot().node("dev/productscope-test/test-" + System.nanoTime());
    private final EditorViewModel editor = new EditorViewModel(BundledExamples.defaultExample().load(),
            new RecentFiles(preferences.node("recent")));

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    private ExportDialogModel dialog() {
        return new ExportDialogModel(editor, preferences.node("export"), CLOCK);
    }

    @Test
    void suggestsAFileNamedAfterTheModelWithTheFormatsEnding() {
        ExportDialogModel model = dialog();
        model.formatProperty().set(ExportFormat.CYCLONEDX);
        assertThat(model.suggestedFileName()).isEqualTo("Remote-backends.cdx.json");
        model.productIdProperty().set("p-tv");
        assertThat(model.suggestedFileName()).isEqualTo("Remote-backends-p-tv.cdx.json");
    }

    @Test
    void changingTheFormatChangesTheFilesEnding() {
        ExportDialogModel model = dialog();
        model.formatProperty().set(ExportFormat.PNG);
        model.targetProperty().set(folder.resolve("diagram.png"));
        model.formatProperty().set(ExportFormat.OTM);
        assertThat(model.targetProperty().get().getFileName().toString()).isEqualTo("diagram.otm.json");
    }

    @Test
    void saysWhatIsMissing() {
        ExportDialogModel model = dialog();
        assertThat(model.problem()).contains("Choose the file to write.");
        model.targetProperty().set(folder.resolve("bom.cdx.json"));
        model.formatProperty().set(ExportFormat.CYCLONEDX);
        assertThat(model.problem()).hasValueSatisfying(text -> assertThat(text).contains("one product"));
        model.productIdProperty().set("p-bulb-a");
        assertThat(model.problem()).isEmpty();
    }

    @Test
    void theJobWritesTheFileAndTheChoicesAreRemembered() throws Exception {
        ExportDialogModel model = dialog();
        model.formatProperty().set(ExportFormat.GRAPHML);
        model.legendProperty().set(false);
        model.targetProperty().set(folder.resolve("graphs.graphml"));

        model.prepare().run(ExportProgress.NONE);

        assertThat(Files.readString(folder.resolve("graphs.graphml"))).contains("<graphml");
        ExportDialogModel again = dialog();
        assertThat(again.formatProperty().get()).isEqualTo(ExportFormat.GRAPHML);
        assertThat(again.legendProperty().get()).isFalse();
        assertThat(again.folder()).isEqualTo(folder.toAbsolutePath());
    }

    @Test
    void aCancelledJobWritesNothing() {
        ExportDialogModel model = dialog();
        model.formatProperty().set(ExportFormat.REPORT_HTML);
        model.targetProperty().set(folder.resolve("report.html"));
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void report(double fraction, String step) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Assertions.assertThatThrownBy(() -> model.prepare().run(cancelled))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(folder.resolve("report.html")).doesNotExist();
    }
}
