package dev.productscope.io;

import dev.productscope.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The example models shipped inside the jar: the seven deployment examples of NIST CSWP 33
 * (section "Technical Cybersecurity Outcome Considerations") and a larger smart building.
 */
public final class BundledExamples {

    /** One bundled example: its file name and the CSWP 33 example it reproduces, if any. */
    public record Example(String fileName, String title) {

        /** The file name without {@code .json}, used on the command line. */
        public String id() {
            return fileName.substring(0, fileName.length() - ".json".length());
        }

        public Model load() {
            String resource = FOLDER + fileName;
            try (InputStream in = BundledExamples.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled example missing from the jar: " + resource);
                }
                return new ModelReader().read("examples/" + fileName, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ModelFileException e) {
                throw new IllegalStateException("bundled example is invalid: " + e.getMessage(), e);
            }
        }

        public byte[] bytes() {
            try (InputStream in = BundledExamples.class.getResourceAsStream(FOLDER + fileName)) {
                if (in == null) {
                    throw new IllegalStateException("bundled example missing from the jar: " + fileName);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final String FOLDER = "/dev/productscope/examples/";

    private static final List<Example> ALL = List.of(
            new Example("local-device-only.json", "Local device-only IoT products"),
            new Example("local-management.json", "Local management of IoT products"),
            new Example("local-architectures.json", "Variety of local product-system architectures"),
            new Example("third-party-local-tools.json", "Third-party local management tools"),
            new Example("remote-backends.json", "Remote backends"),
            new Example("shared-cloud-backends.json", "Shared cloud backends"),
            new Example("cloud-backend-interoperability.json", "Cloud backend interoperability"),
            new Example("smart-building.json", "Smart building (larger demo)"));

    private BundledExamples() {
    }

    public static List<Example> all() {
        return ALL;
    }

    /** The example the editor opens when started without a file: CSWP 33's remote backends. */
    public static Example defaultExample() {
        return find("remote-backends").orElseThrow();
    }

    /** By id ({@code remote-backends}) or file name ({@code remote-backends.json}). */
    public static Optional<Example> find(String idOrFileName) {
        return ALL.stream()
                .filter(e -> e.id().equals(idOrFileName) || e.fileName().equals(idOrFileName))
                .findFirst();
    }

    /** Writes every example into {@code folder} (created if needed); returns the files written. */
    public static List<Path> extractTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new java.util.ArrayList<>();
        for (Example example : ALL) {
            Path target = folder.resolve(example.fileName());
            byte[] bytes = example.bytes();
            AtomicFileWriter.write(target, out -> out.write(bytes));
            written.add(target);
        }
        return written;
    }
}
