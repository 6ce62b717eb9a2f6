package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.productscope.analysis.Locality;
import dev.productscope.analysis.Operator;
import dev.productscope.catalog.ApplicabilityRule;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.GroupKind;
import dev.productscope.catalog.RuleScope;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Developer;
import dev.productscope.model.JsonEnum;
import dev.productscope.model.LegendCategory;
import dev.productscope.model.Sector;
import dev.productscope.model.ZoneKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema of catalog format v1 agrees with the catalog reader: same files pass, same mistakes fail. */
class CatalogSchemaTest {

    static final String SCHEMA = "/dev/productscope/catalog/productscope-catalog-1.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;
    private static JsonNode schemaTree;

    /** The user catalog README.md shows under "Catalog files", verbatim. */
    static final String README_EXAMPLE = """
            {
              "format": "productscope-catalog",
              "version": 1,
              "id": "acme",
              "catalogVersion": "1",
              "title": "Acme additions",
              "references": [
                { "id": "etsi-ts-103-701", "shortName": "ETSI TS 103 701",
                  "title": "Cyber Security for Consumer Internet of Things: Conformance Assessment of Baseline Requirements",
                  "publisher": "ETSI", "year": 2021 }
              ],
              "rules": [
                { "id": "acme-consumer-devices", "scope": "component",
                  "when": { "kinds": ["iot-device", "iot-gateway"], "sectors": ["consumer"], "membership": "in" },
                  "references": ["etsi-ts-103-701"],
                  "why": "Acme has its consumer devices and hubs assessed against ETSI EN 303 645 by ETSI TS 103 701.",
                  "source": { "document": "cswp-33", "section": "Local Device Only IoT Products" } }
              ]
            }
            """;

    /**
     * One entry of every kind with every key, each id it uses defined by the bundled catalog, so
     * that taking out any one key or list breaks the file only where the format says so.
     */
    private static final String FULL = """
            {
              "format": "productscope-catalog",
              "version": 1,
              "id": "full",
              "catalogVersion": "0.1",
              "title": "Every key",
              "description": "One entry of every kind.",
              "sources": [
                { "id": "acme-handbook", "title": "Acme product security handbook", "shortName": "Acme PSH",
                  "year": 2025, "url": "https://example.com/psh" }
              ],
              "references": [
                { "id": "acme-sc", "shortName": "Acme SC-1", "title": "Acme secure coding rules", "publisher": "Acme",
                  "year": 2024, "url": "https://example.com/sc" }
              ],
              "groups": [
                { "id": "acme-group", "title": "Acme outcomes", "kind": "non-technical", "reference": "nistir-8259b" }
              ],
              "outcomes": [
                { "id": "acme-dp-1", "group": "nistir-8259a-capabilities", "parent": "8259a-data-protection",
                  "code": "ADP-1", "title": "Keys in secure storage", "summary": "Keys never leave the secure element.",
                  "source": { "document": "cswp-33", "section": "3.2" }, "references": ["nistir-8259a"] }
              ],
              "mitigationAreas": [
                { "id": "acme-area", "title": "Supply chain", "summary": "Know what is in the product.",
                  "source": { "document": "nistir-8259", "section": "2" } }
              ],
              "activities": [
                { "id": "acme-activity", "number": 7, "title": "Review", "section": "9", "phase": "post-market",
                  "questions": [ { "id": "acme-q1", "section": "9.1", "topic": "Review", "text": "Who reviews?" } ] }
              ],
              "rules": [
                { "id": "acme-component", "scope": "component",
                  "when": { "kinds": ["backend"], "categories": ["iot-product-component"], "localities": ["remote"],
                    "developers": ["manufacturer"], "hostKinds": ["cloud-platform"], "zoneKinds": ["third-party-cloud"],
                    "operators": ["cloud-service-provider"], "sectors": ["enterprise"], "membership": "in",
                    "shared": true },
                  "references": ["owasp-asvs"], "outcomes": ["8259a-software-update"], "note": "Mind the cloud.",
                  "why": "Because.", "source": { "document": "cswp-33", "section": "Shared Cloud Backends" } },
                { "id": "acme-product", "scope": "product", "when": { "sectors": ["medical"] },
                  "note": "Ask the regulator.", "why": "Because.",
                  "source": { "document": "cswp-33", "section": "Documentation" } }
              ]
            }
            """;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream(SCHEMA)) {
            schemaTree = JSON.readTree(in);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
    }

    @Test
    void theBundledCatalogPasses() throws Exception {
        byte[] bytes;
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream(CatalogReader.BUNDLED_RESOURCE)) {
            bytes = in.readAllBytes();
        }

        assertThat(errors(bytes)).isEmpty();
    }

    @Test
    void theFullSamplePassesBoth() throws Exception {
        byte[] bytes = FULL.getBytes(StandardCharsets.UTF_8);

        assertThat(errors(bytes)).isEmpty();
        assertThat(readerAccepts(bytes)).isTrue();
    }

    @Test
    void theReadmeExampleLoadsOverTheBundledCatalog(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("acme.json");
        Files.writeString(file, README_EXAMPLE, StandardCharsets.UTF_8);

        Catalog catalog = CatalogReader.withUserCatalogs(List.of(file));

        assertThat(errors(README_EXAMPLE.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(catalog.describe()).endsWith("Acme additions 1 (acme.json)");
        assertThat(catalog.reference("etsi-ts-103-701").orElseThrow().publisher()).isEqualTo("ETSI");
        assertThat(catalog.references()).hasSize(CatalogReader.bundled().references().size() + 1);
        ApplicabilityRule rule = catalog.rule("acme-consumer-devices").orElseThrow();
        assertThat(rule.when().kinds()).containsExactlyInAnyOrder(ComponentKind.IOT_DEVICE, ComponentKind.IOT_GATEWAY);
        assertThat(rule.when().sectors()).containsExactly(Sector.CONSUMER);
        assertThat(rule.when().inProduct()).isTrue();
    }

    @Test
    void theReadmeShowsTheExampleThisTestLoads() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains("```json\n" + README_EXAMPLE + "```\n");
    }

    @Test
    void extensionKeysAreAllowedOnEveryObject() throws Exception {
        ObjectNode root = full();
        objects(root, "").forEach(pointer -> ((ObjectNode) root.at(pointer)).put("x-acme", "kept out of the way"));
        byte[] bytes = JSON.writeValueAsBytes(root);

        assertThat(errors(bytes)).isEmpty();
        assertThat(readerAccepts(bytes)).isTrue();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                bad("unknown top-level key", r -> r.put("colour", "red")),
                bad("unknown key in a rule", r -> obj(r, "/rules/0").put("severity", "high")),
                bad("unknown key in a condition", r -> obj(r, "/rules/0/when").putArray("vendors").add("acme")),
                bad("unknown key in a citation", r -> obj(r, "/outcomes/0/source").put("page", 3)),
                bad("extension key without a name", r -> obj(r, "/references/0").put("x-", 1)),
                bad("wrong group kind", r -> obj(r, "/groups/0").put("kind", "checklist")),
                bad("wrong component kind", r -> arr(r, "/rules/0/when/kinds").set(0, "mobile-phone")),
                bad("wrong host kind", r -> arr(r, "/rules/0/when/hostKinds").set(0, "server")),
                bad("wrong legend category", r -> arr(r, "/rules/0/when/categories").set(0, "cloud")),
                bad("wrong locality", r -> arr(r, "/rules/0/when/localities").set(0, "nearby")),
                bad("wrong developer", r -> arr(r, "/rules/0/when/developers").set(0, "vendor")),
                bad("wrong zone kind", r -> arr(r, "/rules/0/when/zoneKinds").set(0, "home")),
                bad("wrong operator", r -> arr(r, "/rules/0/when/operators").set(0, "isp")),
                bad("wrong sector", r -> arr(r, "/rules/1/when/sectors").set(0, "automotive")),
                bad("wrong membership", r -> obj(r, "/rules/0/when").put("membership", "maybe")),
                bad("wrong rule scope", r -> obj(r, "/rules/0").put("scope", "device")),
                bad("wrong phase", r -> obj(r, "/activities/0").put("phase", "in-market")),
                bad("missing why", r -> obj(r, "/rules/0").remove("why")),
                bad("missing rule source", r -> obj(r, "/rules/1").remove("source")),
                bad("missing citation section", r -> obj(r, "/mitigationAreas/0/source").remove("section")),
                bad("missing reference publisher", r -> obj(r, "/references/0").remove("publisher")),
                bad("missing catalog title", r -> r.remove("title")),
                bad("year as text", r -> obj(r, "/references/0").put("year", "2024")),
                bad("activity number with a fraction", r -> obj(r, "/activities/0").put("number", 1.5)),
                bad("rule references as text", r -> obj(r, "/rules/0").put("references", "owasp-asvs")),
                bad("shared as text", r -> obj(r, "/rules/0/when").put("shared", "yes")),
                bad("condition as an array", r -> obj(r, "/rules/1").putArray("when").add("medical")),
                bad("rules as an object", r -> r.putObject("rules")),
                bad("invalid id", r -> obj(r, "/rules/0").put("id", "-acme")),
                bad("id over 100 characters", r -> obj(r, "/outcomes/0").put("id", "a".repeat(101))),
                bad("rule that applies nothing", r -> obj(r, "/rules/0").remove(List.of("references", "outcomes",
                        "note"))),
                bad("rule with only empty lists", r -> {
                    ObjectNode rule = obj(r, "/rules/1");
                    rule.remove("note");
                    rule.putArray("references");
                    rule.putArray("outcomes");
                }),
                bad("product rule naming a component kind", r -> obj(r, "/rules/1/when").putArray("kinds")
                        .add("backend")),
                bad("product rule asking for membership", r -> obj(r, "/rules/1/when").put("membership", "in")),
                bad("product rule asking whether shared", r -> obj(r, "/rules/1/when").put("shared", false)),
                bad("model format", r -> r.put("format", "productscope-model")),
                bad("newer version", r -> r.put("version", 2)),
                bad("version as text", r -> r.put("version", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedCatalogFailsTheSchemaAndIsRefusedByTheReader(String name, Consumer<ObjectNode> damage)
            throws Exception {
        ObjectNode root = full();
        damage.accept(root);
        byte[] bytes = JSON.writeValueAsBytes(root);

        assertThat(errors(bytes)).as("schema errors").isNotEmpty();
        assertThatThrownBy(() -> new CatalogReader().read(name, bytes, CatalogReader.bundled(), "test"))
                .isInstanceOf(ModelFileException.class);
    }

    /** Every key of every object of the full sample, as "JSON pointer of the object|key". */
    static Stream<String> everyKey() {
        ObjectNode root = full();
        return objects(root, "").stream().flatMap(pointer -> {
            List<String> keys = new ArrayList<>();
            root.at(pointer).fieldNames().forEachRemaining(k -> keys.add(pointer + "|" + k));
            return keys.stream();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKey")
    void withoutAnyOneKeyTheSchemaAndTheReaderAgree(String where) throws Exception {
        String[] parts = where.split("\\|");
        ObjectNode root = full();
        ((ObjectNode) root.at(parts[0])).remove(parts[1]);
        byte[] bytes = JSON.writeValueAsBytes(root);

        assertThat(errors(bytes).isEmpty()).as("the schema accepts it").isEqualTo(readerAccepts(bytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKey")
    void aValueOfTheWrongTypeFailsBoth(String where) throws Exception {
        String[] parts = where.split("\\|");
        ObjectNode root = full();
        ObjectNode parent = (ObjectNode) root.at(parts[0]);
        parent.set(parts[1], wrongType(parent.get(parts[1])));
        byte[] bytes = JSON.writeValueAsBytes(root);

        assertThat(errors(bytes)).as("schema errors").isNotEmpty();
        assertThat(readerAccepts(bytes)).as("the reader accepts it").isFalse();
    }

    @Test
    void keysMatchTheReader() {
        JsonNode defs = schemaTree.get("$defs");
        assertThat(names(schemaTree.get("properties"))).isEqualTo(CatalogFormat.ROOT_KEYS);
        assertThat(names(defs.at("/source/properties"))).isEqualTo(CatalogFormat.SOURCE_KEYS);
        assertThat(names(defs.at("/reference/properties"))).isEqualTo(CatalogFormat.REFERENCE_KEYS);
        assertThat(names(defs.at("/group/properties"))).isEqualTo(CatalogFormat.GROUP_KEYS);
        assertThat(names(defs.at("/outcome/properties"))).isEqualTo(CatalogFormat.OUTCOME_KEYS);
        assertThat(names(defs.at("/citation/properties"))).isEqualTo(CatalogFormat.CITATION_KEYS);
        assertThat(names(defs.at("/mitigationArea/properties"))).isEqualTo(CatalogFormat.AREA_KEYS);
        assertThat(names(defs.at("/activity/properties"))).isEqualTo(CatalogFormat.ACTIVITY_KEYS);
        assertThat(names(defs.at("/question/properties"))).isEqualTo(CatalogFormat.QUESTION_KEYS);
        assertThat(names(defs.at("/rule/properties"))).isEqualTo(CatalogFormat.RULE_KEYS);
        assertThat(names(defs.at("/condition/properties"))).isEqualTo(CatalogFormat.CONDITION_KEYS);
        assertThat(schemaTree.at("/properties/format/const").asText()).isEqualTo(CatalogFormat.FORMAT);
        assertThat(schemaTree.at("/properties/version/const").asInt()).isEqualTo(CatalogFormat.VERSION);
    }

    @Test
    void everyPropertyIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        schemaTree.get("properties").fields().forEachRemaining(p -> {
            if (!p.getValue().hasNonNull("description")) {
                undescribed.add("$." + p.getKey());
            }
        });
        schemaTree.get("$defs").fields().forEachRemaining(def -> {
            JsonNode properties = def.getValue().get("properties");
            if (properties != null) {
                properties.fields().forEachRemaining(p -> {
                    if (!p.getValue().hasNonNull("description")) {
                        undescribed.add(def.getKey() + "." + p.getKey());
                    }
                });
            }
        });

        assertThat(undescribed).isEmpty();
    }

    @Test
    void enumsMatchTheJavaEnums() {
        JsonNode defs = schemaTree.get("$defs");
        assertThat(values(defs.at("/group/properties/kind/enum"))).isEqualTo(JsonEnum.ids(GroupKind.class));
        assertThat(values(defs.at("/rule/properties/scope/enum"))).isEqualTo(JsonEnum.ids(RuleScope.class));
        assertThat(values(defs.at("/activity/properties/phase/enum"))).containsExactly("pre-market", "post-market");
        assertThat(values(defs.at("/condition/properties/membership/enum"))).containsExactly("in", "out");
        Map<String, List<String>> conditionEnums = Map.of(
                "kinds", JsonEnum.ids(ComponentKind.class),
                "categories", JsonEnum.ids(LegendCategory.class),
                "localities", JsonEnum.ids(Locality.class),
                "developers", JsonEnum.ids(Developer.class),
                "hostKinds", JsonEnum.ids(ComponentKind.class),
                "zoneKinds", JsonEnum.ids(ZoneKind.class),
                "operators", JsonEnum.ids(Operator.class),
                "sectors", JsonEnum.ids(Sector.class));
        conditionEnums.forEach((field, ids) -> {
            String ref = defs.at("/condition/properties/" + field + "/items/$ref").asText();
            assertThat(ref).as(field).startsWith("#/$defs/");
            assertThat(values(defs.at("/" + ref.substring("#/$defs/".length()) + "/enum"))).as(field).isEqualTo(ids);
        });
    }

    private static Arguments bad(String name, Consumer<ObjectNode> damage) {
        return Arguments.of(name, damage);
    }

    private static ObjectNode full() {
        try {
            return (ObjectNode) JSON.readTree(FULL);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode obj(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static ArrayNode arr(JsonNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }

    /** JSON pointers of {@code node} (at {@code pointer}) and every object inside it. */
    private static List<String> objects(JsonNode node, String pointer) {
        List<String> result = new ArrayList<>();
        if (node.isObject()) {
            result.add(pointer);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                result.addAll(objects(field.getValue(), pointer + "/" + field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                result.addAll(objects(node.get(i), pointer + "/" + i));
            }
        }
        return result;
    }

    private static JsonNode wrongType(JsonNode value) {
        return value.isTextual() ? JSON.getNodeFactory().numberNode(7) : JSON.getNodeFactory().textNode("7");
    }

    private static boolean readerAccepts(byte[] bytes) {
        try {
            new CatalogReader().read("test.json", bytes, CatalogReader.bundled(), "test");
            return true;
        } catch (ModelFileException e) {
            return false;
        }
    }

    private static List<String> values(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(v -> result.add(v.asText()));
        return result;
    }

    private static List<String> names(JsonNode object) {
        List<String> result = new ArrayList<>();
        object.fieldNames().forEachRemaining(result::add);
        return result;
    }

    private static List<Error> errors(byte[] bytes) throws Exception {
        return schema.validate(JSON.readTree(bytes));
    }
}
