package dev.productscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the editor and which run the command line. */
class LauncherTest {

    @TempDir
    Path folder;

    @Test
    void noArgumentsOrOneModelFileOpenTheEditor() throws Exception {
        Path model = Files.writeString(folder.resolve("home.model"), "{}");
        assertThat(Launcher.opensEditor(new String[0])).isTrue();
        assertThat(Launcher.opensEditor(new String[] {"home.json"})).as("a .json name, even one not there yet")
                .isTrue();
        assertThat(Launcher.opensEditor(new String[] {model.toString()})).as("an existing file").isTrue();
    }

    @Test
    void commandsOptionsAndSeveralArgumentsRunTheCommandLine() {
        assertThat(Launcher.opensEditor(new String[] {"validate"})).isFalse();
        assertThat(Launcher.opensEditor(new String[] {"examples"})).isFalse();
        assertThat(Launcher.opensEditor(new String[] {"--version"})).isFalse();
        assertThat(Launcher.opensEditor(new String[] {"validate", "home.json"})).isFalse();
        assertThat(Launcher.opensEditor(new String[] {"no-such-command"})).as("left to the command line to explain")
                .isFalse();
    }
}
