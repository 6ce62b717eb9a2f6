package dev.productscope.bench;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.model.Model;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.DiagramRenderer;
import dev.productscope.render.Graphics2DPainter;
import dev.productscope.render.Rect;
import dev.productscope.render.RenderOptions;
import dev.productscope.ui.FxPainter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Affine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full frame of the diagram at the editor's viewport size (1400 x 900 pixels), the whole
 * diagram scaled to fit, through each painter adapter; plus the analysis and geometry the editor
 * recomputes on every edit and every drag-preview frame. The renderer does not cull, so every
 * zone, component, link, flow and label is painted whatever the zoom.
 *
 * <ul>
 *   <li>{@code graphics2d}: {@link Graphics2DPainter} into a {@code TYPE_INT_ARGB} image; Java2D
 *       rasterises as it goes, so this is the whole cost of a frame.</li>
 *   <li>{@code javafxRecord}: clear plus {@link FxPainter} calls on the FX thread. A canvas's
 *       GraphicsContext only appends commands to a buffer, so this is what the FX thread spends
 *       inside {@code DiagramCanvas.paint()}, not the pixels.</li>
 *   <li>{@code javafxFrame}: the same plus {@code canvas.snapshot(null, null)}, which syncs the
 *       buffer to the render side and rasterises it (software pipeline, {@code prism.order=sw})
 *       and reads the pixels back into a new image.</li>
 *   <li>{@code javafxSnapshotOnly}: clear plus snapshot of an otherwise empty canvas: the fixed
 *       cost of the snapshot and readback, to subtract from {@code javafxFrame}.</li>
 *   <li>{@code geometryAndAnalysis}: {@code Analyzer.analyze} plus {@code DiagramGeometry.of}.</li>
 * </ul>
 *
 * The first JavaFX warm-up operation at 10k takes about 20 s: a new canvas's command buffer
 * grows its object array 32 slots at a time (JavaFX's GrowableDataBuffer), and a 10k frame
 * stores about 346,000 objects. Later frames reuse the grown buffer, as the editor's canvas does
 * once it has painted the model; so the measured iterations are the steady state, and the first
 * frame after opening a large model is a separate, much larger cost.
 *
 * Run with {@code mvn -Pbench -DskipTests test-compile exec:exec -Dbench.args="RenderBenchmark"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Xmx2g"})
public class RenderBenchmark {

    static final long SEED = 42L;
    /** The editor's canvas at a typical window size. */
    static final int WIDTH = 1400;
    static final int HEIGHT = 900;
    /** Space left around the diagram when fitting, as the editor's {@code fit()} leaves. */
    static final double FIT_MARGIN = 20;

    /** The model, its analysis and geometry, and the transform that fits it in the viewport. */
    @State(Scope.Benchmark)
    public static class Frame {

        @Param({"1000", "10000"})
        public int size;

        /** "fit": the whole diagram in the window; "actual": zoom 1 on its top-left, a typical editing frame. */
        @Param({"fit", "actual"})
        public String view;

        Model model;
        Analysis analysis;
        DiagramGeometry geometry;
        RenderOptions options;
        /** Pixels per model unit, and the model point drawn at the viewport's top-left corner. */
        double scale;
        double originX;
        double originY;

        @Setup(Level.Trial)
        public void build() {
            model = SyntheticModels.homes(size, SEED);
            analysis = Analyzer.analyze(model);
            geometry = DiagramGeometry.of(model, analysis);
            Rect bounds = geometry.bounds();
            if (view.equals("actual")) {
                scale = 1;
                originX = bounds.x();
                originY = bounds.y();
            } else {
                // Like DiagramCanvas.fit() but without its 0.1 minimum zoom, so 10k still fits whole.
                scale = Math.min((WIDTH - 2 * FIT_MARGIN) / Math.max(1, bounds.width()),
                        (HEIGHT - 2 * FIT_MARGIN) / Math.max(1, bounds.height()));
                originX = bounds.centreX() - WIDTH / 2.0 / scale;
                originY = bounds.centreY() - HEIGHT / 2.0 / scale;
            }
            // As the editor paints: only what is on screen, at the zoom shown.
            options = RenderOptions.defaults().withView(new Rect(originX, originY, WIDTH / scale, HEIGHT / scale),
                    scale);
        }
    }

    /** A reused ARGB image the size of the viewport. */
    @State(Scope.Thread)
    public static class Java2D {

        BufferedImage image;

        @Setup(Level.Trial)
        public void create() {
            image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        }
    }

    /** A started JavaFX toolkit (Monocle headless, software Prism) and a detached canvas. */
    @State(Scope.Benchmark)
    public static class Fx {

        Canvas canvas;

        @Setup(Level.Trial)
        public void start() throws Exception {
            startToolkit();
            canvas = onFxThread(() -> new Canvas(WIDTH, HEIGHT));
        }

        @TearDown(Level.Trial)
        public void stop() {
            canvas = null;
        }
    }

    private static synchronized void startToolkit() throws InterruptedException {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyStarted) {
            return;
        }
        Platform.setImplicitExit(false);
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX toolkit did not start");
        }
    }

    /** Runs {@code task} on the FX application thread and waits for it, rethrowing its failure. */
    static <T> T onFxThread(Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(task);
        Platform.runLater(future);
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
    }

    @Benchmark
    public int graphics2d(Frame frame, Java2D java2d) {
        BufferedImage image = java2d.image;
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Graphics2DPainter painter = new Graphics2DPainter(g);
            painter.scale(frame.scale);
            painter.translate(-frame.originX, -frame.originY);
            new DiagramRenderer().paint(painter, frame.model, frame.analysis, frame.geometry, frame.options);
        } finally {
            g.dispose();
        }
        return image.getRGB(WIDTH / 2, HEIGHT / 2);
    }

    @Benchmark
    public Canvas javafxRecord(Frame frame, Fx fx) throws Exception {
        return onFxThread(() -> record(frame, fx.canvas));
    }

    @Benchmark
    public WritableImage javafxFrame(Frame frame, Fx fx) throws Exception {
        return onFxThread(() -> record(frame, fx.canvas).snapshot(null, null));
    }

    @Benchmark
    public WritableImage javafxSnapshotOnly(Fx fx) throws Exception {
        return onFxThread(() -> {
            clear(fx.canvas.getGraphicsContext2D());
            return fx.canvas.snapshot(null, null);
        });
    }

    @Benchmark
    public DiagramGeometry geometryAndAnalysis(Frame frame) {
        Analysis analysis = Analyzer.analyze(frame.model);
        return DiagramGeometry.of(frame.model, analysis);
    }

    /**
     * What {@code DiagramCanvas.paint()} does, less its grid dots and gesture feedback: clear to
     * white under the identity transform (which also lets the canvas drop the commands it has
     * buffered since it was last rendered), set the view transform, paint the diagram.
     */
    static Canvas record(Frame frame, Canvas canvas) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        clear(g);
        g.setTransform(new Affine(frame.scale, 0, -frame.originX * frame.scale, 0, frame.scale,
                -frame.originY * frame.scale));
        new DiagramRenderer().paint(new FxPainter(g), frame.model, frame.analysis, frame.geometry, frame.options);
        return canvas;
    }

    private static void clear(GraphicsContext g) {
        g.setTransform(new Affine());
        g.setFill(javafx.scene.paint.Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }
}
