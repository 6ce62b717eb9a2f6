package dev.productscope.io.export;

import static dev.productscope.io.export.InteropFixtures.context;
import static dev.productscope.io.export.InteropFixtures.export;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productscope.io.BundledExamples;
import dev.productscope.model.Component;
import dev.productscope.model.Model;
import dev.productscope.model.ZoneKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled example as an OTM 0.2.0 document whose references all resolve. */
class OtmExporterTest {

    static List<String> examples() {
        return InteropFixtures.examples().map(BundledExamples.Example::id).toList();
    }

    static JsonNode otm(Model model) throws Exception {
        return new ObjectMapper().readTree(export(new OtmExporter(), context(model)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleHasTheOtmStructure(String example) throws Exception {
        Model model = BundledExamples.find(example).orElseThrow().load();
        JsonNode otm = otm(model);

        assertThat(otm.get("otmVersion").asText()).isEqualTo("0.2.0");
        assertThat(otm.at("/project/name").asText()).isEqualTo(model.name());
        assertThat(otm.at("/project/id").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        JsonNode representation = otm.at("/representations/0");
        assertThat(representation.get("id").asText()).isEqualTo(OtmExporter.REPRESENTATION);
        assertThat(representation.get("type").asText()).isEqualTo("diagram");
        assertThat(representation.at("/size/width").isNumber()).isTrue();
        assertThat(representation.at("/size/height").isNumber()).isTrue();

        Map<String, Integer> trustZones = new HashMap<>();
        for (JsonNode zone : otm.get("trustZones")) {
            assertThat(zone.get("name").isTextual()).isTrue();
            int rating = zone.at("/risk/trustRating").asInt(-1);
            assertThat(rating).isBetween(1, 100);
            assertThat(trustZones.put(zone.get("id").asText(), rating)).as("unique trust zone ids").isNull();
            zone.path("representations").forEach(r -> assertThat(r.get("representation").asText())
                    .isEqualTo(OtmExporter.REPRESENTATION));
        }
        model.zones().forEach(zone -> assertThat(trustZones).containsEntry(zone.id(),
                OtmExporter.trustRating(zone.kind())));

        Set<String> componentIds = new HashSet<>();
        otm.get("components").forEach(c -> assertThat(componentIds.add(c.get("id").asText())).isTrue());
        assertThat(componentIds).containsExactlyInAnyOrderElementsOf(
                model.components().stream().map(Component::id).toList());
        for (JsonNode component : otm.get("components")) {
            assertThat(component.get("name").isTextual()).isTrue();
            assertThat(component.get("type").asText()).isEqualTo(model.component(component.get("id").asText())
                    .orElseThrow().kind().id());
            JsonNode parent = component.get("parent");
            assertThat(parent.size()).as("parent is one of trustZone or component").isEqualTo(1);
            if (parent.has("trustZone")) {
                assertThat(trustZones).containsKey(parent.get("trustZone").asText());
            } else {
                assertThat(componentIds).contains(parent.get("component").asText());
            }
            assertThat(component.get("tags")).allSatisfy(tag -> assertThat(tag.isTextual()).isTrue());
        }

        JsonNode dataflows = otm.get("dataflows");
        assertThat(dataflows).hasSize(model.flows().size());
        for (JsonNode flow : dataflows) {
            assertThat(flow.get("name").isTextual()).isTrue();
            assertThat(componentIds).contains(flow.get("source").asText(), flow.get("destination").asText());
            assertThat(flow.get("bidirectional").isBoolean()).isTrue();
            assertThat(flow.get("tags").get(0).asText()).isIn("none", "transport", "application");
        }
        assertThat(otm.get("threats").isArray()).isTrue();
        assertThat(otm.get("threats")).isEmpty();
        assertThat(otm.get("mitigations")).isEmpty();
        assertThat(export(new OtmExporter(), context(model))).as("same model, same bytes")
                .isEqualTo(export(new OtmExporter(), context(model)));
    }

    @Test
    void hostedSoftwareSitsInItsHostAndNetworksOnTheInternet() throws Exception {
        JsonNode otm = otm(BundledExamples.find("remote-backends").orElseThrow().load());
        JsonNode app = component(otm, "bulb-a-app");
        assertThat(app.at("/parent/component").asText()).isEqualTo("phone");
        JsonNode internetZone = StreamSupport.stream(otm.get("trustZones").spliterator(), false)
                .filter(z -> z.get("type").asText().equals("internet")).findFirst().orElseThrow();
        assertThat(internetZone.at("/risk/trustRating").asInt()).isEqualTo(OtmExporter.INTERNET_TRUST);
        boolean anyOnInternet = StreamSupport.stream(otm.get("components").spliterator(), false)
                .anyMatch(c -> c.get("type").asText().equals("internet")
                        && c.at("/parent/trustZone").asText().equals(internetZone.get("id").asText()));
        assertThat(anyOnInternet).isTrue();
        assertThat(component(otm, "bulb-a").get("tags")).extracting(JsonNode::asText)
                .contains("IoT product component");
    }

    @Test
    void theCustomersPremisesAreTrustedLessThanDataCentres() {
        assertThat(OtmExporter.INTERNET_TRUST)
                .isLessThan(OtmExporter.trustRating(ZoneKind.CUSTOMER_ENVIRONMENT));
        assertThat(OtmExporter.trustRating(ZoneKind.CUSTOMER_ENVIRONMENT))
                .isLessThan(OtmExporter.trustRating(ZoneKind.THIRD_PARTY_CLOUD));
        assertThat(OtmExporter.trustRating(ZoneKind.THIRD_PARTY_CLOUD))
                .isLessThan(OtmExporter.trustRating(ZoneKind.MANUFACTURER_DATA_CENTER));
    }

    @Test
    void theProjectIdIsASlugEvenOfAHostileName() {
        assertThat(OtmExporter.slug("Smart bulb: app & cloud!")).isEqualTo("smart-bulb-app-cloud");
        assertThat(OtmExporter.slug("<script>")).isEqualTo("script");
        assertThat(OtmExporter.slug("😀")).isEqualTo("productscope-model");
    }

    private static JsonNode component(JsonNode otm, String id) {
        return StreamSupport.stream(otm.get("components").spliterator(), false)
                .filter(c -> c.get("id").asText().equals(id)).findFirst().orElseThrow();
    }
}
