package dev.productscope.io;

import dev.productscope.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The autosaved copy of a document with unsaved changes, kept in the user's data folder and never
 * over the user's own file: {@code recovery.json} holds the model in the standard model format (so
 * it also opens by hand), {@code recovery.properties} says which file it belongs to and from when.
 *
 * <p>The properties are written first and name the SHA-256 of the json that follows. The user file
 * cannot change between two clears (saving, opening or starting a new document makes the document
 * clean, which clears the store), so a kill between the two writes leaves properties that either
 * describe this json exactly (hash matches) or describe the next one, with the right user file but
 * a time that is too new; then the json's own modification time is taken instead. A missing
 * properties file (by hand, or a kill on the very first write) only loses the user file.
 */
public final class RecoveryStore {

    /** What was recovered: the model, the user's file it belongs to ({@code null}: never saved), and when. */
    public record Recovery(Model model, Path userFile, Instant savedAt) {
    }

    static final String MODEL_FILE = "recovery.json";
    static final String INFO_FILE = "recovery.properties";
    private static final String APP = "ProductScope";

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The recovery folder in the user's data folder, by the conventions of the operating system. */
    public static RecoveryStore forUser() {
        String override = System.getProperty("productscope.recovery.dir");
        if (override != null && !override.isBlank()) {
            return new RecoveryStore(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path data;
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            data = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
        } else if (os.contains("mac")) {
            data = home.resolve("Library").resolve("Application Support");
        } else {
            String xdg = System.getenv("XDG_DATA_HOME");
            data = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                    ? home.resolve(".local").resolve("share") : Path.of(xdg);
        }
        return new RecoveryStore(data.resolve(APP).resolve("recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** The autosaved model file, present or not. */
    public Path modelFile() {
        return folder.resolve(MODEL_FILE);
    }

    Path infoFile() {
        return folder.resolve(INFO_FILE);
    }

    /** Writes {@code model} as the recovery of {@code userFile} (nullable: not saved yet), made at {@code when}. */
    public void write(Model model, Path userFile, Instant when) throws IOException {
        byte[] json = new ModelWriter().toBytes(model);
        Properties info = new Properties();
        info.setProperty("savedAt", when.toString());
        info.setProperty("modelName", model.name());
        info.setProperty("sha256", sha256(json));
        if (userFile != null) {
            info.setProperty("userFile", userFile.toAbsolutePath().toString());
        }
        Files.createDirectories(folder);
        AtomicFileWriter.write(infoFile(), out -> info.store(out, "ProductScope recovery of unsaved changes"));
        AtomicFileWriter.write(modelFile(), out -> out.write(json));
    }

    /**
     * The recovery left by a session that did not close properly; empty when there is none, or
     * when the user's file was saved after it. Leftover temporary files of interrupted writes are
     * removed. A recovery file that does not read is reported and kept.
     */
    public Optional<Recovery> find() throws ModelFileException {
        removeLeftovers();
        Path json = modelFile();
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        byte[] bytes;
        Instant modified;
        try {
            bytes = Files.readAllBytes(json);
            modified = Files.getLastModifiedTime(json).toInstant();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ModelFileException(new FileProblem(json.toString(), "$", 0, 0,
                    "cannot read the recovery file: " + e), e);
        }
        Model model = new ModelReader().read(json.toString(), bytes);
        Properties info = readInfo();
        String userFile = info.getProperty("userFile");
        Path user = userFile == null || userFile.isBlank() ? null : Path.of(userFile);
        Instant savedAt = sha256(bytes).equals(info.getProperty("sha256")) ? instant(info, modified) : modified;
        if (user != null && savedAfter(user, savedAt)) {
            return Optional.empty();
        }
        return Optional.of(new Recovery(model, user, savedAt));
    }

    /** Removes the recovery after a clean save or a clean exit. */
    public void clear() throws IOException {
        // The json goes first: properties alone mean nothing to recover.
        Files.deleteIfExists(modelFile());
        Files.deleteIfExists(infoFile());
        removeLeftovers();
    }

    private Properties readInfo() {
        Properties info = new Properties();
        try (InputStream in = Files.newInputStream(infoFile())) {
            info.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();
        }
        return info;
    }

    private static Instant instant(Properties info, Instant fallback) {
        try {
            String text = info.getProperty("savedAt");
            return text == null ? fallback : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static boolean savedAfter(Path user, Instant savedAt) {
        try {
            return Files.isRegularFile(user) && Files.getLastModifiedTime(user).toInstant().isAfter(savedAt);
        } catch (IOException e) {
            return false;
        }
    }

    // Only this store writes in its folder, so any temp file of ours is from an interrupted write.
    private void removeLeftovers() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".recovery.*.tmp")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // Leftovers only waste a little space; they never stop a recovery.
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
