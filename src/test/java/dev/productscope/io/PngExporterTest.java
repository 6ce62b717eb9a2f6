package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.model.Model;
import dev.productscope.render.RenderOptions;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExporterTest {

    private final Model model = BundledExamples.find("remote-backends").orElseThrow().load();
    private final Analysis analysis = Analyzer.analyze(model);
    private final PngExporter exporter = new PngExporter();

    @Test
    void writesAPngWhoseSizeFollowsTheScale(@TempDir Path folder) throws Exception {
        Path once = folder.resolve("once.png");
        Path twice = folder.resolve("twice.png");
        exporter.export(model, analysis, RenderOptions.defaults(), 1, once);
        exporter.export(model, analysis, RenderOptions.defaults(), 2, twice);

        BufferedImage small = ImageIO.read(once.toFile());
        BufferedImage large = ImageIO.read(twice.toFile());
        assertThat(small).isNotNull();
        assertThat(large).isNotNull();
        assertThat(small.getWidth()).isGreaterThan(800);
        assertThat(large.getWidth()).isBetween(2 * small.getWidth() - 2, 2 * small.getWidth() + 2);
        assertThat(large.getHeight()).isBetween(2 * small.getHeight() - 2, 2 * small.getHeight() + 2);
        assertThat(small.getRGB(1, 1) & 0xFFFFFF).as("white margin").isEqualTo(0xFFFFFF);
    }

    @Test
    void rejectsAScaleOutsideOneToFour(@TempDir Path folder) {
        Path target = folder.resolve("too-big.png");

        assertThatThrownBy(() -> exporter.export(model, analysis, RenderOptions.defaults(), 5, target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 4");
        assertThatThrownBy(() -> exporter.render(model, analysis, RenderOptions.defaults(), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(target).doesNotExist();
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFiles(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("diagram.png");
        Files.writeString(target, "old content");

        exporter.export(model, analysis, RenderOptions.defaults(), 1, target);

        assertThat(ImageIO.read(target.toFile())).isNotNull();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }
}
