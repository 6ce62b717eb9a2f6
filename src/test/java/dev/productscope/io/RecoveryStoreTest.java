package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.productscope.io.RecoveryStore.Recovery;
import dev.productscope.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autosaved copy of unsaved changes: written, found, cleared, and never lost to a bad file. */
class RecoveryStoreTest {

    private static final Instant WHEN = Instant.parse("2026-11-22T06:30:00Z");

    @TempDir
    Path folder;

    private final Model model = BundledExamples.defaultExample().load();

    private RecoveryStore store() {
        return new RecoveryStore(folder.resolve("recovery"));
    }

    @Test
    void anEmptyStoreHasNothingToRecover() throws Exception {
        assertThat(store().find()).isEmpty();
    }

    @Test
    void whatIsWrittenIsFoundWithItsFileAndTime() throws Exception {
        Path userFile = folder.resolve("home.json");
        store().write(model, userFile, WHEN);

        Recovery found = store().find().orElseThrow();

        assertThat(found.model()).isEqualTo(model);
        assertThat(found.userFile()).isEqualTo(userFile.toAbsolutePath());
        assertThat(found.savedAt()).isEqualTo(WHEN);
        assertThat(new ModelReader().read(store().modelFile())).as("readable by hand as a model file")
                .isEqualTo(model);
    }

    @Test
    void aModelNeverSavedHasNoUserFile() throws Exception {
        store().write(model, null, WHEN);

        assertThat(store().find().orElseThrow().userFile()).isNull();
    }

    @Test
    void clearingLeavesNothing() throws Exception {
        store().write(model, null, WHEN);
        store().clear();

        assertThat(store().find()).isEmpty();
        assertThat(Files.list(store().folder())).isEmpty();
    }

    @Test
    void aUserFileSavedAfterTheAutosaveMakesTheRecoveryStale() throws Exception {
        Path userFile = folder.resolve("home.json");
        new ModelWriter().save(model, userFile);
        Files.setLastModifiedTime(userFile, FileTime.from(WHEN.plusSeconds(5)));
        store().write(model.withName("Changed"), userFile, WHEN);

        assertThat(store().find()).isEmpty();

        Files.setLastModifiedTime(userFile, FileTime.from(WHEN.minusSeconds(5)));
        assertThat(store().find()).isPresent();
    }

    @Test
    void anUnreadableRecoveryIsReportedWithItsLocationAndKept() throws Exception {
        store().write(model, null, WHEN);
        Files.writeString(store().modelFile(), "{\n  \"format\": \"productscope\",\n  \"zones\": [\n");

        assertThatThrownBy(() -> store().find()).isInstanceOfSatisfying(ModelFileException.class, e -> {
            assertThat(e.file()).isEqualTo(store().modelFile().toString());
            assertThat(e.problems().get(0).hasLocation()).isTrue();
        });
        assertThat(store().modelFile()).exists();
    }

    @Test
    void aMissingPropertiesFileOnlyLosesTheUserFile() throws Exception {
        store().write(model, folder.resolve("home.json"), WHEN);
        Files.delete(store().folder().resolve(RecoveryStore.INFO_FILE));
        Instant modified = Files.getLastModifiedTime(store().modelFile()).toInstant();

        Recovery found = store().find().orElseThrow();

        assertThat(found.model()).isEqualTo(model);
        assertThat(found.userFile()).isNull();
        assertThat(found.savedAt()).isEqualTo(modified);
    }

    @Test
    void propertiesAheadOfTheJsonKeepTheUserFileButTakeTheJsonsTime() throws Exception {
        // A kill between the two writes: the properties already describe the next autosave.
        Path userFile = folder.resolve("home.json");
        store().write(model, userFile, WHEN);
        byte[] older = Files.readAllBytes(store().modelFile());
        store().write(model.withName("Later"), userFile, WHEN.plusSeconds(30));
        Files.write(store().modelFile(), older);
        Files.setLastModifiedTime(store().modelFile(), FileTime.from(WHEN));

        Recovery found = store().find().orElseThrow();

        assertThat(found.model()).isEqualTo(model);
        assertThat(found.userFile()).isEqualTo(userFile.toAbsolutePath());
        assertThat(found.savedAt()).isEqualTo(WHEN);
    }

    @Test
    void leftoversOfInterruptedWritesAreRemovedOnFind() throws Exception {
        store().write(model, null, WHEN);
        Path temp = Files.createFile(store().folder().resolve(".recovery.json.12345.tmp"));

        assertThat(store().find()).isPresent();
        assertThat(temp).doesNotExist();
    }

    @Test
    void theUsersFolderFollowsThePlatformUnlessTheBuildPointsElsewhere() {
        String override = System.getProperty("productscope.recovery.dir");
        try {
            System.clearProperty("productscope.recovery.dir");
            assertThat(RecoveryStore.forUser().folder().endsWith(Path.of("ProductScope", "recovery"))).isTrue();
            System.setProperty("productscope.recovery.dir", "/tmp/elsewhere");
            assertThat(RecoveryStore.forUser().folder()).isEqualTo(Path.of("/tmp/elsewhere"));
        } finally {
            if (override == null) {
                System.clearProperty("productscope.recovery.dir");
            } else {
                System.setProperty("productscope.recovery.dir", override);
            }
        }
    }
}
