package dev.productscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.PngExporter;
import dev.productscope.model.Model;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.DiagramRenderer;
import dev.productscope.render.Graphics2DPainter;
import dev.productscope.render.Painter;
import dev.productscope.render.Rect;
import dev.productscope.render.RenderOptions;
import dev.productscope.render.Rgb;
import java.awt.image.BufferedImage;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor canvas and the exports show the same picture: every bundled example drawn through
 * {@link FxPainter} on a JavaFX canvas matches the Java2D rendering pixel block by pixel block.
 * Text rasterises a little differently in the two toolkits, so the images are compared after
 * averaging 4x4 blocks; a missing layer or a wrongly sized shape still fails.
 */
class PainterParityTest {

    private static final int BLOCK = 4;
    private static final int CHANNEL_TOLERANCE = 48;
    // Measured here: 0 differing blocks and a mean difference of at most 0.13. Dropping the flows
    // in one adapter gives 1.1% and 0.86, halving corner arcs 0.12% and 0.36, dropping text 2.2%.
    private static final double MAX_DIFFERING_BLOCKS = 0.0008;
    private static final double MAX_MEAN_DIFFERENCE = 0.3;
    // Without the shared face each toolkit falls back to a font of its own, so only shapes can agree.
    private static final double MAX_DIFFERING_BLOCKS_OTHER_FONTS = 0.03;
    private static final double MAX_MEAN_DIFFERENCE_OTHER_FONTS = 3;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static boolean sharedFontInstalled() {
        return javafx.scene.text.Font.getFamilies().contains(Graphics2DPainter.FONT_FAMILY)
                && java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getAvailableFontFamilyNames()).contains(Graphics2DPainter.FONT_FAMILY);
    }

    @Test
    void javaFxAndJava2dDrawEveryExampleAlike() throws Exception {
        boolean sameFont = sharedFontInstalled();
        double maxBlocks = sameFont ? MAX_DIFFERING_BLOCKS : MAX_DIFFERING_BLOCKS_OTHER_FONTS;
        double maxMean = sameFont ? MAX_MEAN_DIFFERENCE : MAX_MEAN_DIFFERENCE_OTHER_FONTS;
        RenderOptions options = RenderOptions.defaults().withSelection(Set.of("router", "internet"));
        for (BundledExamples.Example example : BundledExamples.all()) {
            Model model = example.load();
            Analysis analysis = Analyzer.analyze(model);
            BufferedImage reference = new PngExporter().render(model, analysis, options, 1);
            int[] java2d = argb(reference);
            int width = reference.getWidth();
            int height = reference.getHeight();
            int[] javaFx = onCanvas(model, analysis, options, width, height, FxPainter::new);

            Comparison comparison = compare(java2d, javaFx, width, height);
            assertThat(comparison.differingBlocks()).as("%s: share of differing 4x4 blocks", example.id())
                    .isLessThanOrEqualTo(maxBlocks);
            assertThat(comparison.meanDifference()).as("%s: mean channel difference", example.id())
                    .isLessThanOrEqualTo(maxMean);
        }
    }

    @Test
    void everyPainterPrimitiveDrawsAlike() throws Exception {
        int width = 320;
        int height = 240;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        drawPrimitives(new Graphics2DPainter(g));
        g.dispose();
        int[] javaFx = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(width, height);
            canvas.getGraphicsContext2D().setFill(Color.WHITE);
            canvas.getGraphicsContext2D().fillRect(0, 0, width, height);
            drawPrimitives(new FxPainter(canvas.getGraphicsContext2D()));
            return pixels(canvas, width, height);
        }).get(60, TimeUnit.SECONDS);

        // Measured here: 0 blocks and 0.03; filling corners with half the arc gives 0.0017 and 0.2.
        Comparison comparison = compare(argb(image), javaFx, width, height);
        boolean sameFont = sharedFontInstalled();
        assertThat(comparison.differingBlocks()).isLessThanOrEqualTo(sameFont ? 0.0005 : 0.05);
        assertThat(comparison.meanDifference()).isLessThanOrEqualTo(sameFont ? 0.1 : 3);
    }

    // Every Painter method at least once, including state kept across save and restore.
    private static void drawPrimitives(Painter p) {
        p.setFill(Rgb.of(0x3366CC));
        p.fillRect(10, 10, 60, 40, 0);
        p.fillRect(80, 10, 60, 40, 24);
        p.setStroke(Rgb.of(0xCC3333), 3, 8, 4);
        p.strokeRect(150, 10, 60, 40, 16);
        p.save();
        p.translate(220, 10);
        p.scale(2);
        p.setFill(Rgb.of(0x33AA55, 0.6));
        p.fillOval(0, 0, 30, 20);
        p.setStroke(Rgb.of(0x222222), 1.5);
        p.strokeOval(0, 0, 30, 20);
        p.restore();
        p.strokeLine(10, 70, 300, 90);
        p.setStroke(Rgb.of(0x884400), 4);
        p.strokePolyline(new double[] {10, 60, 110, 160}, new double[] {110, 150, 110, 150}, 4);
        p.setFill(Rgb.of(0xE69F00));
        p.fillPolygon(new double[] {180, 300, 240}, new double[] {150, 150, 100}, 3);
        p.strokePolygon(new double[] {180, 300, 240}, new double[] {150, 150, 100}, 3);
        p.setFill(Rgb.of(0x111111));
        p.setFont(14, true);
        p.text("Left", 10, 190, Painter.Align.LEFT);
        p.setFont(11, false);
        p.text("Centre " + Math.round(p.textWidth("Centre")), 160, 190, Painter.Align.CENTER);
        p.text("Right", 310, 190, Painter.Align.RIGHT);
        p.fillRect(10, 200, p.textWidth("A measured bar"), 20, 0);
    }

    private static int[] pixels(Canvas canvas, int width, int height) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = canvas.snapshot(parameters, null);
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }

    static int[] onCanvas(Model model, Analysis analysis, RenderOptions options, int width, int height,
                          Function<GraphicsContext, Painter> painterFor) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(width, height);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, width, height);
            DiagramGeometry geometry = DiagramGeometry.of(model, analysis);
            Rect shown = PngExporter.drawnBounds(geometry, options);
            Painter painter = painterFor.apply(g);
            painter.translate(PngExporter.MARGIN - shown.x(), PngExporter.MARGIN - shown.y());
            new DiagramRenderer().paint(painter, model, analysis, geometry, options);
            return pixels(canvas, width, height);
        }).get(60, TimeUnit.SECONDS);
    }

    static int[] argb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    record Comparison(double differingBlocks, double meanDifference) {
    }

    static Comparison compare(int[] a, int[] b, int width, int height) {
        long total = 0;
        for (int i = 0; i < a.length; i++) {
            total += Math.abs(((a[i] >> 16) & 0xFF) - ((b[i] >> 16) & 0xFF))
                    + Math.abs(((a[i] >> 8) & 0xFF) - ((b[i] >> 8) & 0xFF))
                    + Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
        }
        int blocks = 0;
        int differing = 0;
        for (int by = 0; by + BLOCK <= height; by += BLOCK) {
            for (int bx = 0; bx + BLOCK <= width; bx += BLOCK) {
                blocks++;
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(blockMean(a, width, bx, by, shift) - blockMean(b, width, bx, by, shift))
                            > CHANNEL_TOLERANCE) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return new Comparison((double) differing / blocks, total / (3.0 * a.length));
    }

    private static double blockMean(int[] pixels, int width, int bx, int by, int shift) {
        int sum = 0;
        for (int y = by; y < by + BLOCK; y++) {
            for (int x = bx; x < bx + BLOCK; x++) {
                sum += (pixels[y * width + x] >> shift) & 0xFF;
            }
        }
        return sum / (double) (BLOCK * BLOCK);
    }
}
