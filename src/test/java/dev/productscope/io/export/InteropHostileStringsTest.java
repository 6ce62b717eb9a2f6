package dev.productscope.io.export;

import static dev.productscope.io.export.InteropFixtures.context;
import static dev.productscope.io.export.InteropFixtures.export;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productscope.io.export.InteropFixtures.Reimported;
import dev.productscope.model.Model;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Zones, components, products, flow labels and data types named with hostile text: every
 * interoperability format still parses, and gives the text back as it was (or as the one
 * documented rewrite of its format has it).
 */
class InteropHostileStringsTest {

    static Stream<Named<String>> hostile() {
        return InteropFixtures.HOSTILE.stream().map(s -> Named.of(HostileStrings.label(s), s));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void cycloneDxValidatesAndKeepsTheTextAsTheLibraryNormalisesIt(String name) throws Exception {
        Model model = InteropFixtures.named(name);
        String product = model.products().get(0).id();
        Bom bom = CycloneDxExporterTest.parse(export(new CycloneDxExporter(), context(model).withProduct(product)));
        String expected = cycloneDxText(name);
        assertThat(bom.getMetadata().getComponent().getName()).isEqualTo(expected);
        assertThat(Objects.requireNonNullElse(bom.getComponents(), List.of()))
                .allSatisfy(c -> assertThat(c.getName()).isEqualTo(expected));
        assertThat(bom.getServices()).isNotEmpty().allSatisfy(service -> {
            assertThat(service.getName()).isEqualTo(expected);
            assertThat(service.getTrustZone()).isEqualTo(expected);
            assertThat(service.getData()).anySatisfy(d -> assertThat(d.getClassification()).isEqualTo(expected));
        });
        Service backend = bom.getServices().get(0);
        assertThat(CycloneDxExporterTest.property(backend.getProperties(), "productscope:zone:name"))
                .isEqualTo(expected);
        assertThat(bom.getMetadata().getProperties()).extracting(Property::getValue).contains(expected);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void otmParsesAndKeepsTheTextExactly(String name) throws Exception {
        Model model = InteropFixtures.named(name);
        JsonNode otm = new ObjectMapper().readTree(export(new OtmExporter(), context(model)));
        assertThat(otm.at("/project/name").asText()).isEqualTo(name);
        assertThat(otm.at("/project/id").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(otm.at("/project/tags")).allSatisfy(tag -> assertThat(tag.asText()).isEqualTo(name));
        JsonNode zones = otm.get("trustZones");
        assertThat(zones).filteredOn(z -> !z.get("type").asText().equals("internet"))
                .hasSize(model.zones().size()).allSatisfy(z -> assertThat(z.get("name").asText()).isEqualTo(name));
        assertThat(otm.get("components")).hasSize(model.components().size())
                .allSatisfy(c -> assertThat(c.get("name").asText()).isEqualTo(name));
        assertThat(otm.get("dataflows")).hasSize(model.flows().size()).allSatisfy(flow -> {
            assertThat(flow.get("name").asText()).isEqualTo(name);
            assertThat(flow.at("/attributes/data/0").asText()).isEqualTo(name);
            assertThat(flow.get("tags")).extracting(JsonNode::asText).contains(name);
        });
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void graphMlIsWellFormedXmlAndReimportsTheTextExactly(String name) throws Exception {
        Model model = InteropFixtures.named(name);
        byte[] bytes = export(new GraphMlExporter(), context(model));
        Document xml = InteropFixtures.parseXml(bytes);
        boolean controls = name.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        assertThat(xml.getXmlVersion()).as("XML 1.1 only for what 1.0 cannot hold").isEqualTo(controls ? "1.1" : "1.0");
        assertThat(xml.getElementsByTagName("script").getLength()).isZero();
        assertThat(xml.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(model.components().size());
        Reimported graph = InteropFixtures.graphMl(bytes);
        assertNamesCameBack(model, graph, name, name);
        GraphExportersTest.assertSameGraph(model, graph);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void dotReimportsTheTextExactlyUnlessABackslashMeetsAQuote(String name) {
        Model model = InteropFixtures.named(name);
        Reimported graph = InteropFixtures.dot(export(new DotExporter(), context(model)));
        String expected = DotExporter.dotSafe(name);
        if (!name.contains("\\")) {
            assertThat(expected).isEqualTo(name);
        }
        assertThat(graph.graphAttributes()).containsEntry("name", expected);
        // JSON arrays escape the backslash, so they keep even those names exactly.
        assertNamesCameBack(model, graph, expected, name);
        assertThat(graph.graph().edgeSet()).hasSize(model.links().size() + model.flows().size());
    }

    private static void assertNamesCameBack(Model model, Reimported graph, String expected, String inJson) {
        assertThat(graph.graph().vertexSet()).hasSize(model.components().size());
        for (String id : graph.graph().vertexSet()) {
            assertThat(graph.vertex(id, "name")).as("name of %s", id).isEqualTo(expected);
            if (graph.vertex(id, "zone") != null) {
                assertThat(graph.vertex(id, "zoneName")).isEqualTo(expected);
            }
        }
        String productNames = graph.vertex("bulb-a", "productNames");
        assertThat(readJson(productNames)).containsExactly(inJson);
        assertThat(graph.edgesOfType("flow")).isNotEmpty().allSatisfy(flow -> {
            assertThat(flow.get("name")).isEqualTo(expected);
            assertThat(readJson(flow.get("data"))).containsExactly(inJson, "telemetry");
        });
    }

    private static List<String> readJson(String array) {
        try {
            JsonNode node = new ObjectMapper().readTree(array);
            return Stream.of(node).flatMap(n -> java.util.stream.StreamSupport.stream(n.spliterator(), false))
                    .map(JsonNode::asText).toList();
        } catch (Exception e) {
            throw new AssertionError("not a JSON array: " + array, e);
        }
    }

    /** cyclonedx-core-java writes every string trimmed, line ends and tabs as spaces, runs of spaces as one. */
    static String cycloneDxText(String text) {
        return text.trim().replace("\r\n", " ").replace("\n", " ").replace("\t", " ").replace("\r", " ")
                .replaceAll(" +", " ");
    }
}
