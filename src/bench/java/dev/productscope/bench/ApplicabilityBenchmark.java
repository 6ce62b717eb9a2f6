package dev.productscope.bench;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.Checklist;
import dev.productscope.io.CatalogReader;
import dev.productscope.model.Component;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
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

/**
 * What the editor works out after each edit beyond the analysis: what applies to every component
 * (the analyze report) and every product's checklist (the products list's progress).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ApplicabilityBenchmark {

    @Param({"1000", "10000"})
    public int size;

    private Catalog catalog;
    private Analysis analysis;

    @Setup(Level.Trial)
    public void buildModel() {
        catalog = CatalogReader.bundled();
        Model model = SyntheticModels.homes(size, AnalysisBenchmark.SEED);
        analysis = Analyzer.analyze(model);
    }

    @Benchmark
    public int everyComponent() {
        Applicability applicability = new Applicability(catalog, analysis);
        int count = 0;
        for (Component component : analysis.model().components()) {
            count += applicability.forComponent(component.id()).references().size();
        }
        return count;
    }

    @Benchmark
    public int everyChecklist() {
        Applicability applicability = new Applicability(catalog, analysis);
        int count = 0;
        for (Product product : analysis.model().products()) {
            count += Checklist.of(applicability, product.id()).progress().total();
        }
        return count;
    }
}
