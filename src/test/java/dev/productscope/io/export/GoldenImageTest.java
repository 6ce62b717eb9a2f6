package dev.productscope.io.export;

import static dev.productscope.io.export.DiagramExportFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bundled example's PNG (scale 1, default options, fixed date and version) against a stored
 * golden image. After an intended change to the drawing, regenerate them with
 * {@code mvn test -Dtest=GoldenImageTest -Dgolden.update=true} and look at the new ones before committing.
 */
class GoldenImageTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/productscope/io/export/golden");
    private static final Path DIFFS = Path.of("target/golden-diff");
    /** A pixel differs when a channel moves by more than this out of 255. */
    private static final int CHANNEL_TOLERANCE = 48;
    // Anti-aliasing differs by JDK and platform on a few edge pixels; a moved or missing element changes far more.
    private static final double MAX_DIFFERING_SHARE = 0.005;

    static Stream<String> examples() {
        return BundledExamples.all().stream().map(BundledExamples.Example::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void pngMatchesTheGoldenImage(String example) throws IOException {
        BufferedImage actual = PngDiagramExporter.image(context(DiagramExportFixtures.example(example),
                ExportOptions.defaults().withScale(1)));
        Path golden = GOLDEN.resolve(example + ".png");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            ImageIO.write(actual, "png", golden.toFile());
            return;
        }
        assertThat(golden).as("golden image; create it with -Dgolden.update=true").exists();
        BufferedImage expected = ImageIO.read(golden.toFile());

        assertThat(actual.getWidth()).as("width").isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as("height").isEqualTo(expected.getHeight());
        long differing = differingPixels(expected, actual, example);
        long allowed = (long) (MAX_DIFFERING_SHARE * actual.getWidth() * actual.getHeight());
        assertThat(differing).as("pixels differing by more than %d; see %s", CHANNEL_TOLERANCE,
                DIFFS.resolve(example + "-diff.png")).isLessThanOrEqualTo(allowed);
    }

    // Counts differing pixels; when there are any, writes the actual image and a map of them for a look.
    private static long differingPixels(BufferedImage expected, BufferedImage actual, String example)
            throws IOException {
        BufferedImage map = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                boolean differs = Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) > CHANNEL_TOLERANCE
                        || Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) > CHANNEL_TOLERANCE
                        || Math.abs((a & 0xFF) - (b & 0xFF)) > CHANNEL_TOLERANCE;
                if (differs) {
                    differing++;
                }
                map.setRGB(x, y, differs ? 0xFF0000 : (b & 0xFFFFFF) | 0xE0E0E0);
            }
        }
        if (differing > 0) {
            Files.createDirectories(DIFFS);
            ImageIO.write(actual, "png", DIFFS.resolve(example + "-actual.png").toFile());
            ImageIO.write(map, "png", DIFFS.resolve(example + "-diff.png").toFile());
        }
        return differing;
    }
}
