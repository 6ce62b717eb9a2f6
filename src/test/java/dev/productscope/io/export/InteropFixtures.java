package dev.productscope.io.export;

import dev.productscope.analysis.Analyzer;
import dev.productscope.catalog.Applicability;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.w3c.dom.Document;

/** Models, contexts and readers the interoperability export tests share. */
final class InteropFixtures {

    static final Instant GENERATED_AT = Instant.parse("2024-05-01T12:00:00Z");
    static final String VERSION = "9.9.9-test";

    /** The shared corpus, and a name that ends in a backslash, which DOT cannot quote as it is. */
    static final List<String> HOSTILE = Stream.concat(HostileStrings.ALL.stream(),
            Stream.of("C:\\path\\to\\dir\\")).toList();

    private InteropFixtures() {
    }

    static Stream<BundledExamples.Example> examples() {
        return BundledExamples.all().stream();
    }

    static ExportContext context(Model model) {
        Applicability applicability = new Applicability(CatalogReader.bundled(), Analyzer.analyze(model));
        return new ExportContext(applicability, null, null, GENERATED_AT, VERSION, null);
    }

    static byte[] export(Exporter exporter, ExportContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(context, out);
        return out.toByteArray();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The remote-backends example with every zone, component, product and flow named {@code name}. */
    static Model named(String name) {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        return model.withName(name)
                .withZones(model.zones().stream().map(z -> z.withName(name)).toList())
                .withComponents(model.components().stream().map(c -> c.withName(name)).toList())
                .withProducts(model.products().stream().map(p -> p.withName(name)).toList())
                .withFlows(model.flows().stream().map(f -> new Flow(f.id(), f.from(), f.to(), name,
                        f.bidirectional(), List.of(name, "telemetry"), f.protection(), f.via(), f.extensions()))
                        .toList());
    }

    /** A real XML parser's view; it fails on anything that is not well-formed. */
    static Document parseXml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** A graph read back by a jgrapht-io importer, with every attribute it reported. */
    record Reimported(DirectedPseudograph<String, DefaultEdge> graph, Map<String, Map<String, String>> vertices,
                      Map<DefaultEdge, Map<String, String>> edges, Map<String, String> graphAttributes) {

        String vertex(String id, String key) {
            return vertices.getOrDefault(id, Map.of()).get(key);
        }

        List<Map<String, String>> edgesOfType(String type) {
            return edges.values().stream().filter(e -> type.equals(e.get("type"))).toList();
        }
    }

    static Reimported graphMl(byte[] bytes) {
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        return reimport(importer, importer, bytes);
    }

    static Reimported dot(byte[] bytes) {
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        return reimport(importer, importer, bytes);
    }

    private static Reimported reimport(GraphImporter<String, DefaultEdge> importer,
                                       BaseEventDrivenImporter<String, DefaultEdge> events, byte[] bytes) {
        DirectedPseudograph<String, DefaultEdge> graph =
                new DirectedPseudograph<>(null, SupplierUtil.createDefaultEdgeSupplier(), false);
        Map<String, Map<String, String>> vertices = new LinkedHashMap<>();
        Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
        Map<String, String> graphAttributes = new LinkedHashMap<>();
        events.addVertexAttributeConsumer((p, a) -> vertices.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        events.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        events.addGraphAttributeConsumer((k, a) -> graphAttributes.put(k, a.getValue()));
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            importer.importGraph(graph, reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Reimported(graph, vertices, edges, graphAttributes);
    }
}
