package dev.productscope.bench;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.analysis.ModelGraphs;
import dev.productscope.model.Model;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
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
 * The full analysis of a synthetic deployment against a floor: building the same two graphs and
 * walking each once. The ratio says how much the analysis costs beyond touching every component,
 * link and flow. Run with {@code mvn -Pbench -DskipTests test-compile exec:exec}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
// Sized so the six runs take about three minutes on two cores; 1k needs the longer warm-up to settle.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AnalysisBenchmark {

    static final long SEED = 20240601L;

    @Param({"1000", "10000", "50000"})
    public int size;

    private Model model;

    @Setup(Level.Trial)
    public void buildModel() {
        model = SyntheticModels.homes(size, SEED);
    }

    @Benchmark
    public Analysis analyze() {
        return Analyzer.analyze(model);
    }

    /** Graphs plus one breadth-first pass over each: the least any whole-model analysis must do. */
    @Benchmark
    public long graphsAndOneWalk() {
        ModelGraphs graphs = ModelGraphs.of(model);
        return walk(graphs.links(), graphs.size()) * 31 + walk(graphs.flows(), graphs.size());
    }

    /**
     * Breadth-first from every vertex not yet reached, following edges in either direction; each
     * vertex is queued once and each edge looked at from its two ends. Returns a checksum.
     */
    static <E> long walk(Graph<Integer, E> graph, int vertexBound) {
        boolean[] seen = new boolean[vertexBound];
        int[] queue = new int[vertexBound];
        long checksum = 0;
        for (Integer start : graph.vertexSet()) {
            if (seen[start]) {
                continue;
            }
            seen[start] = true;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            while (head < tail) {
                int u = queue[head++];
                checksum += u;
                for (E edge : graph.edgesOf(u)) {
                    checksum++;
                    int v = Graphs.getOppositeVertex(graph, edge, u);
                    if (!seen[v]) {
                        seen[v] = true;
                        queue[tail++] = v;
                    }
                }
            }
        }
        return checksum;
    }
}
