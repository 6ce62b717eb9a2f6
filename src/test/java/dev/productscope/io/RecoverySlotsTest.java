package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Model;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two ProductScopes at once each keep their own recovery, and a crashed one's is found by the next start. */
class RecoverySlotsTest {

    @TempDir
    Path folder;
    private final List<RecoverySlots.Claim> claims = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void letGo() {
        claims.forEach(RecoverySlots.Claim::close);
        children.forEach(Process::destroyForcibly);
    }

    private RecoverySlots slots() {
        return new RecoverySlots(folder.resolve("recovery"));
    }

    private RecoverySlots.Claim claim() {
        RecoverySlots.Claim claim = slots().claim();
        claims.add(claim);
        return claim;
    }

    private static Model model(String example) {
        return BundledExamples.find(example).orElseThrow().load();
    }

    @Test
    void aLoneSessionUsesTheRecoveryFolderItself() {
        RecoverySlots.Claim claim = claim();

        assertThat(claim.locked()).isTrue();
        assertThat(claim.store().folder()).isEqualTo(folder.resolve("recovery"));
    }

    @Test
    void twoSessionsNeitherOverwriteNorClearEachOthersRecovery() throws Exception {
        RecoverySlots.Claim first = claim();
        RecoverySlots.Claim second = claim();
        assertThat(second.store().folder()).isNotEqualTo(first.store().folder());

        first.store().write(model("remote-backends"), null, Instant.now());
        second.store().write(model("smart-building"), null, Instant.now());
        second.store().clear();

        assertThat(first.store().find()).get().extracting(RecoveryStore.Recovery::model)
                .isEqualTo(model("remote-backends"));
    }

    @Test
    void theNextStartTakesTheSlotACrashLeftARecoveryInBeforeAnEmptyOne() throws Exception {
        RecoverySlots.Claim running = claim();
        RecoverySlots.Claim crashed = claim();
        crashed.store().write(model("local-management"), null, Instant.now());
        running.close();
        crashed.close();

        RecoverySlots.Claim next = claim();

        assertThat(next.store().folder()).as("slot 0 is free but empty").isEqualTo(crashed.store().folder());
        assertThat(next.store().find()).get().extracting(RecoveryStore.Recovery::model)
                .isEqualTo(model("local-management"));
    }

    @Test
    void aSlotHeldByAnotherProcessIsLeftAloneAndFoundOnceThatProcessIsKilled() throws Exception {
        Process other = holder("write");
        Path othersSlot = Path.of(firstLine(other));

        RecoverySlots.Claim mine = claim();
        assertThat(mine.store().folder()).isNotEqualTo(othersSlot);
        mine.close();
        claims.remove(mine);

        other.destroyForcibly();
        assertThat(other.waitFor(20, TimeUnit.SECONDS)).isTrue();

        RecoverySlots.Claim afterCrash = claim();
        assertThat(afterCrash.store().folder()).isEqualTo(othersSlot);
        assertThat(afterCrash.store().find()).get().extracting(RecoveryStore.Recovery::model)
                .isEqualTo(model("local-device-only"));
    }

    private Process holder(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecoverySlotHolder.class.getName(), folder.resolve("recovery").toString(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        children.add(process);
        return process;
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = reader.readLine();
        assertThat(line).as("the holder's slot").isNotNull();
        return line;
    }
}
