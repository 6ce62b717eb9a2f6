package dev.productscope.bench;

import dev.productscope.analysis.Analyzer;
import dev.productscope.catalog.Applicability;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.export.ExportContext;
import dev.productscope.io.export.ExportFormat;
import dev.productscope.model.Model;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/** The full report of the smart-building example (46 components, 7 products), as the issue asks, and its HTML twin. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djava.awt.headless=true"})
public class ExportBenchmark {

    @Param({"report-pdf", "report-html"})
    public String format;

    private ExportContext context;
    private ExportFormat chosen;

    @Setup(Level.Trial)
    public void prepare() {
        Model model = BundledExamples.find("smart-building").orElseThrow().load();
        context = new ExportContext(new Applicability(CatalogReader.bundled(), Analyzer.analyze(model)), null, null,
                Instant.parse("2026-11-22T10:00:00Z"), "bench", null);
        chosen = ExportFormat.byId(format).orElseThrow();
    }

    @Benchmark
    public int fullReport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        chosen.exporter().export(context, out);
        return out.size();
    }
}
