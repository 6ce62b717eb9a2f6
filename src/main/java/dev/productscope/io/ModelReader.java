package dev.productscope.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productscope.model.Model;
import dev.productscope.model.ModelProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads model files (FORMAT.md): checks the limits, the JSON, the format name and version,
 * upgrades older versions through the {@link Migration} chain, decodes, and validates. A file
 * either loads whole or fails with a {@link ModelFileException} listing every problem found.
 */
public final class ModelReader {

    /** Upgrades for files older than {@link ModelFormat#VERSION}; none exist yet. */
    private static final List<Migration> MIGRATIONS = List.of();

    private final ReadLimits limits;
    private final Map<Integer, Migration> migrations = new TreeMap<>();

    public ModelReader() {
        this(ReadLimits.DEFAULT, MIGRATIONS);
    }

    public ModelReader(ReadLimits limits, List<Migration> migrations) {
        this.limits = limits;
        for (Migration migration : migrations) {
            if (this.migrations.put(migration.fromVersion(), migration) != null) {
                throw new IllegalArgumentException("two migrations from version " + migration.fromVersion());
            }
        }
    }

    /** The format version this program writes and the newest it reads. */
    public static int currentVersion() {
        return ModelFormat.VERSION;
    }

    public Model read(Path file) throws ModelFileException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            checkSize(name, size);
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ModelFileException(new FileProblem(name, "$", 0, 0, "the file does not exist"), e);
        } catch (IOException e) {
            throw new ModelFileException(new FileProblem(name, "$", 0, 0, "cannot read the file: " + e), e);
        }
    }

    /** Reads at most the size limit from {@code in}; {@code name} labels the problems. */
    public Model read(String name, InputStream in) throws ModelFileException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            checkSize(name, bytes.length);
            return read(name, bytes);
        } catch (IOException e) {
            throw new ModelFileException(new FileProblem(name, "$", 0, 0, "cannot read the file: " + e), e);
        }
    }

    public Model read(String name, byte[] bytes) throws ModelFileException {
        checkSize(name, bytes.length);
        JsonTree tree = new JsonTreeReader(name, limits).read(bytes);
        if (!tree.root().isObject()) {
            throw located(name, tree, List.of(new ModelProblem("$", "a model file is a JSON object, but this one is "
                    + ObjectFields.describe(tree.root()))));
        }
        ObjectNode root = upgrade(name, tree, (ObjectNode) tree.root());
        ModelDecoder decoder = new ModelDecoder();
        Model model = decoder.decode(root);
        if (model == null) {
            throw located(name, tree, decoder.problems());
        }
        List<ModelProblem> problems = model.validate();
        if (!problems.isEmpty()) {
            throw located(name, tree, problems);
        }
        return model;
    }

    private void checkSize(String name, long size) throws ModelFileException {
        if (size > limits.maxFileBytes()) {
            throw new ModelFileException(new FileProblem(name, "$", 0, 0, "the file is " + mebibytes(size)
                    + " MiB, larger than the " + mebibytes(limits.maxFileBytes()) + " MiB a model file may be"));
        }
    }

    private static String mebibytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private ObjectNode upgrade(String name, JsonTree tree, ObjectNode root) throws ModelFileException {
        JsonNode format = root.get("format");
        if (format == null) {
            throw located(name, tree, List.of(new ModelProblem("$", "missing the key 'format'; a model file starts"
                    + " with \"format\": \"" + ModelFormat.FORMAT + "\"")));
        }
        if (!format.isTextual() || !format.textValue().equals(ModelFormat.FORMAT)) {
            throw located(name, tree, List.of(new ModelProblem("$.format", "this is not a ProductScope model:"
                    + " expected \"" + ModelFormat.FORMAT + "\", found " + ObjectFields.describe(format))));
        }
        JsonNode versionNode = root.get("version");
        if (versionNode == null) {
            throw located(name, tree, List.of(new ModelProblem("$", "missing the key 'version'; this program writes"
                    + " \"version\": " + ModelFormat.VERSION)));
        }
        if (!versionNode.isIntegralNumber() || !versionNode.canConvertToInt()) {
            throw located(name, tree, List.of(new ModelProblem("$.version", "expected a whole number, found "
                    + ObjectFields.describe(versionNode))));
        }
        int version = versionNode.intValue();
        if (version > ModelFormat.VERSION) {
            throw located(name, tree, List.of(new ModelProblem("$.version", "the file is format version " + version
                    + ", newer than this program reads (up to version " + ModelFormat.VERSION + "); open it with"
                    + " a newer ProductScope")));
        }
        ObjectNode current = root;
        while (version < ModelFormat.VERSION) {
            Migration step = migrations.get(version);
            if (step == null) {
                throw located(name, tree, List.of(new ModelProblem("$.version", "the file is format version "
                        + version + ", which this program cannot upgrade; it reads versions "
                        + lowestReadable() + " to " + ModelFormat.VERSION)));
            }
            current = step.migrate(current);
            version++;
            current.put("version", version);
        }
        return current;
    }

    private int lowestReadable() {
        int lowest = ModelFormat.VERSION;
        while (migrations.containsKey(lowest - 1)) {
            lowest--;
        }
        return lowest;
    }

    static ModelFileException located(String name, JsonTree tree, List<ModelProblem> problems) {
        List<FileProblem> located = new ArrayList<>(problems.size());
        for (ModelProblem problem : problems) {
            int[] at = tree.locate(problem.path());
            located.add(new FileProblem(name, problem.path(), at[0], at[1], problem.message()));
        }
        located.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
        return new ModelFileException(located);
    }
}
