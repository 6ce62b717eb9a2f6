package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.RecoveryStore.Recovery;
import dev.productscope.model.Model;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that saves and autosaves is killed (SIGKILL on Linux) at random moments; after each
 * kill the user's file and the recovery each read whole and hold a state that was written.
 */
class AutosaveCrashTest {

    private static final int KILLS = 50;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aKillAtAnyMomentLeavesOnlyWholeFiles() throws Exception {
        Path userFile = folder.resolve("user").resolve("home.json");
        Files.createDirectories(userFile.getParent());
        Path recoveryFolder = folder.resolve("recovery");
        RecoveryStore store = new RecoveryStore(recoveryFolder);
        Random random = new Random(7);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int found = 0;
        int midWrite = 0;
        long highest = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process worker = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    AutosaveWorker.class.getName(), userFile.toString(), recoveryFolder.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("worker %d starts", kill).isEqualTo("ready");
            Thread.sleep(50 + random.nextInt(351));
            worker.destroyForcibly();
            assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();

            assertWholeState(userFile, kill, true);
            if (Files.exists(store.modelFile())) {
                highest = Math.max(highest, assertWholeState(store.modelFile(), kill, false));
                Optional<Recovery> recovery = store.find();
                if (recovery.isPresent()) {
                    found++;
                    assertThat(recovery.get().model()).isEqualTo(new ModelReader().read(store.modelFile()));
                    if (recovery.get().userFile() != null) {
                        assertThat(recovery.get().userFile()).isEqualTo(userFile.toAbsolutePath());
                    }
                }
            }
            List<Path> temps = temporaryFiles(userFile.getParent(), recoveryFolder);
            assertThat(temps).as("after kill %d at most the one write in flight is left", kill).hasSizeLessThan(2);
            midWrite += temps.size();
            for (Path temp : temps) {
                Files.delete(temp);
            }
        }
        System.out.printf("AutosaveCrashTest: %d kills, %d mid-write, %d left a recovery to offer, last state %d%n",
                KILLS, midWrite, found, highest);
        assertThat(found).as("kills that left a recovery to offer").isPositive();
        assertThat(highest).as("the worker got past its first steps").isGreaterThan(3);
    }

    private static long assertWholeState(Path file, int kill, boolean saved) throws Exception {
        if (!Files.exists(file)) {
            return -1;
        }
        Model read = new ModelReader().read(file);
        long i = AutosaveWorker.index(read);
        assertThat(read).as("kill %d: %s holds state %d", kill, file.getFileName(), i)
                .isEqualTo(AutosaveWorker.state(i));
        if (saved) {
            assertThat(i % 3).as("the user's file only ever gets saved states").isZero();
        }
        return i;
    }

    private static List<Path> temporaryFiles(Path... folders) throws IOException {
        List<Path> temps = new java.util.ArrayList<>();
        for (Path f : folders) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> files = Files.list(f)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(temps::add);
                }
            }
        }
        return temps;
    }
}
