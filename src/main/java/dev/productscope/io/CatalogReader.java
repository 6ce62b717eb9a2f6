package dev.productscope.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productscope.catalog.Catalog;
import dev.productscope.model.ModelProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads catalog files: the bundled NIST catalog, and user catalogs laid over it that add or
 * replace entries by id. Problems are reported like the model reader's: file, JSON path, line
 * and column, all of them at once.
 */
public final class CatalogReader {

    /** The catalog that ships with the program. */
    public static final String BUNDLED_RESOURCE = "/dev/productscope/catalog/nist-iot-baseline.json";
    private static final ReadLimits LIMITS = new ReadLimits(16L * 1024 * 1024, 32, 64 * 1024, 1_000_000);
    private static volatile Catalog bundled;

    /** The bundled catalog; it is checked by the build, so a problem here is a bug, not bad input. */
    public static Catalog bundled() {
        Catalog result = bundled;
        if (result == null) {
            try (InputStream in = CatalogReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled catalog " + BUNDLED_RESOURCE + " is missing");
                }
                result = new CatalogReader().read("bundled catalog", in.readAllBytes(), null, "bundled");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ModelFileException e) {
                throw new IllegalStateException("the bundled catalog is broken: " + e.getMessage(), e);
            }
            bundled = result;
        }
        return result;
    }

    /** The bundled catalog with each file laid over it in turn. */
    public static Catalog withUserCatalogs(List<Path> files) throws ModelFileException {
        Catalog catalog = bundled();
        for (Path file : files) {
            catalog = new CatalogReader().read(file, catalog);
        }
        return catalog;
    }

    /** Reads {@code file} and lays it over {@code base}. */
    public Catalog read(Path file, Catalog base) throws ModelFileException {
        String name = file.toString();
        try {
            if (Files.size(file) > LIMITS.maxFileBytes()) {
                throw new ModelFileException(new FileProblem(name, "$", 0, 0, "the file is larger than the "
                        + LIMITS.maxFileBytes() / (1024 * 1024) + " MiB a catalog file may be"));
            }
            return read(name, Files.readAllBytes(file), base, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new ModelFileException(new FileProblem(name, "$", 0, 0, "the catalog file does not exist"), e);
        } catch (IOException e) {
            throw new ModelFileException(new FileProblem(name, "$", 0, 0, "cannot read the file: " + e), e);
        }
    }

    /**
     * @param base   the catalog to lay this one over, or {@code null} for a catalog that stands alone
     * @param origin how reports name where the catalog came from
     */
    public Catalog read(String name, byte[] bytes, Catalog base, String origin) throws ModelFileException {
        JsonTree tree = new JsonTreeReader(name, LIMITS).read(bytes);
        JsonNode root = tree.root();
        if (!root.isObject()) {
            throw located(name, tree, List.of(new ModelProblem("$", "a catalog file is a JSON object, but this one is "
                    + ObjectFields.describe(root))));
        }
        checkHeader(name, tree, root);
        CatalogDecoder decoder = new CatalogDecoder(base);
        Catalog layer = decoder.decode(root, origin);
        if (layer == null) {
            throw located(name, tree, decoder.problems());
        }
        return base == null ? layer : base.overlay(layer);
    }

    private static void checkHeader(String name, JsonTree tree, JsonNode root) throws ModelFileException {
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.textValue().equals(CatalogFormat.FORMAT)) {
            String found = format == null ? "no 'format' key" : ObjectFields.describe(format);
            throw located(name, tree, List.of(new ModelProblem(format == null ? "$" : "$.format",
                    "this is not a ProductScope catalog: expected \"format\": \"" + CatalogFormat.FORMAT
                            + "\", found " + found)));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            throw located(name, tree, List.of(new ModelProblem(version == null ? "$" : "$.version",
                    "expected \"version\": " + CatalogFormat.VERSION + " as a whole number")));
        }
        if (version.intValue() > CatalogFormat.VERSION) {
            throw located(name, tree, List.of(new ModelProblem("$.version", "the catalog is format version "
                    + version.intValue() + ", newer than this program reads (up to version " + CatalogFormat.VERSION
                    + "); use a newer ProductScope")));
        }
        if (version.intValue() < 1) {
            throw located(name, tree, List.of(new ModelProblem("$.version", "catalog format versions start at 1")));
        }
    }

    private static ModelFileException located(String name, JsonTree tree, List<ModelProblem> problems) {
        return ModelReader.located(name, tree, problems);
    }
}
