package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.productscope.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving never leaves the user's file half written. */
class AtomicSaveTest {

    @TempDir
    Path folder;

    @Test
    void saveWritesTheModelAndLeavesNoTemporaryFile() throws Exception {
        Model model = new ModelReader().read("mini.json", TestFiles.bytes("mini.json"));
        Path target = folder.resolve("model.json");

        new ModelWriter().save(model, target);

        assertThat(Files.readAllBytes(target)).isEqualTo(TestFiles.bytes("mini.json"));
        assertThat(Files.list(folder)).containsExactly(target);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileUntouched() throws Exception {
        Path target = folder.resolve("model.json");
        Files.writeString(target, "previous content\n");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("previous content\n");
        assertThat(Files.list(folder)).containsExactly(target);
    }

    @Test
    void aWriterThatThrowsAnUncheckedErrorAlsoLeavesThePreviousFile() throws Exception {
        Path target = folder.resolve("model.json");
        Files.writeString(target, "previous content\n");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write('{');
            throw new IllegalStateException("bug in a writer");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target)).isEqualTo("previous content\n");
        assertThat(Files.list(folder)).containsExactly(target);
    }

    @Test
    void savingOverAFileKeepsItsPermissions() throws Exception {
        Path target = folder.resolve("model.json");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

        AtomicFileWriter.write(target, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
    }

    @Test
    void aTargetInAMissingFolderFailsWithoutCreatingAnything() {
        Path target = folder.resolve("missing/model.json");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write('x')))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(folder.resolve("missing"))).isFalse();
    }
}
