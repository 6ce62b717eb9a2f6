package dev.productscope.io.export;

import static dev.productscope.io.export.InteropFixtures.context;
import static dev.productscope.io.export.InteropFixtures.export;
import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analysis;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.export.InteropFixtures.Reimported;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Model;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GraphML and DOT of every bundled example read back by jgrapht-io's importers, whole. */
class GraphExportersTest {

    static List<String> examples() {
        return InteropFixtures.examples().map(BundledExamples.Example::id).toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void graphMlReimportsWithEveryVertexAndEdge(String example) throws Exception {
        Model model = BundledExamples.find(example).orElseThrow().load();
        byte[] bytes = export(new GraphMlExporter(), context(model));
        assertThat(InteropFixtures.parseXml(bytes).getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(InteropFixtures.text(bytes)).startsWith("<?xml version=\"1.0\"");
        assertSameGraph(model, InteropFixtures.graphMl(bytes));
        assertThat(export(new GraphMlExporter(), context(model))).as("same model, same bytes").isEqualTo(bytes);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void dotReimportsWithEveryVertexAndEdge(String example) {
        Model model = BundledExamples.find(example).orElseThrow().load();
        byte[] bytes = export(new DotExporter(), context(model));
        assertThat(InteropFixtures.text(bytes)).startsWith("digraph productscope {")
                .contains("subgraph \"cluster_0\" {");
        Reimported dot = InteropFixtures.dot(bytes);
        assertSameGraph(model, dot);
        assertThat(dot.graphAttributes()).containsEntry("name", model.name());
        assertThat(export(new DotExporter(), context(model))).as("same model, same bytes").isEqualTo(bytes);
    }

    /** Each graph format with the importer that reads it back. */
    static Reimported exportAndRead(String format, Model model) {
        return format.equals("graphml") ? InteropFixtures.graphMl(export(new GraphMlExporter(), context(model)))
                : InteropFixtures.dot(export(new DotExporter(), context(model)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "dot"})
    void linksStandAtTheHostAndFlowsCarryTheirProtection(String format) {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        Reimported graph = exportAndRead(format, model);
        assertThat(graph.vertex("bulb-a-app", "host")).isEqualTo("phone");
        assertThat(graph.vertex("bulb-a-app", "zone")).isEqualTo("home");
        assertThat(graph.vertex("bulb-a", "locality")).isEqualTo("local");
        assertThat(graph.vertex("bulb-a", "products")).isEqualTo("[\"p-bulb-a\"]");
        assertThat(graph.vertex("internet", "zone")).isNull();
        for (String id : graph.graph().vertexSet()) {
            assertThat(graph.vertex(id, "kind")).isEqualTo(model.component(id).orElseThrow().kind().id());
        }
        assertThat(graph.edgesOfType("flow")).isNotEmpty().allSatisfy(flow -> assertThat(flow.get("protection"))
                .isIn("none", "transport", "application"));
        assertThat(graph.edgesOfType("link")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.get("medium")).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "dot"})
    void halfASurrogatePairBecomesAReplacementCharacter(String format) {
        Model model = InteropFixtures.named("broken \uD800 pair");
        Reimported graph = exportAndRead(format, model);
        assertThat(graph.vertex("bulb-a", "name")).isEqualTo("broken \uFFFD pair");
    }

    /** Vertex per component, edge per link and flow, every name as drawn. */
    static void assertSameGraph(Model model, Reimported graph) {
        Analysis analysis = context(model).analysis();
        long links = model.links().stream().filter(l -> resolves(model, l.a(), l.b())).count();
        long flows = model.flows().stream().filter(f -> resolves(model, f.from(), f.to())).count();
        assertThat(graph.graph().vertexSet()).containsExactlyInAnyOrderElementsOf(
                model.components().stream().map(Component::id).toList());
        assertThat(graph.graph().edgeSet()).hasSize((int) (links + flows));
        assertThat(graph.edgesOfType("link")).hasSize((int) links);
        assertThat(graph.edgesOfType("flow")).hasSize((int) flows);
        for (Component component : model.components()) {
            assertThat(graph.vertex(component.id(), "name")).isEqualTo(component.name());
            assertThat(graph.vertex(component.id(), "category")).isEqualTo(component.category().id());
            assertThat(graph.vertex(component.id(), "locality"))
                    .isEqualTo(analysis.locality(component.id()).id());
        }
        for (Flow flow : model.flows()) {
            var edge = graph.graph().getAllEdges(flow.from(), flow.to()).stream()
                    .map(graph.edges()::get).filter(e -> "flow".equals(e.get("type"))
                            && (flow.label() == null || flow.label().equals(e.get("name")))).findFirst();
            assertThat(edge).as("flow %s", flow.id()).isPresent();
            assertThat(edge.get()).containsEntry("protection", flow.effectiveProtection().id())
                    .containsEntry("bidirectional", Boolean.toString(flow.isBidirectional()));
        }
        for (Link link : model.links()) {
            String a = station(analysis, link.a());
            String b = station(analysis, link.b());
            assertThat(graph.graph().getAllEdges(a, b).stream().map(graph.edges()::get)
                    .anyMatch(e -> link.medium().id().equals(e.get("medium")))).as("link %s", link.id()).isTrue();
        }
    }

    private static boolean resolves(Model model, String a, String b) {
        return model.component(a).isPresent() && model.component(b).isPresent() && !a.equals(b);
    }

    private static String station(Analysis analysis, String id) {
        String host = analysis.roles(id).host();
        return host != null ? host : id;
    }
}
