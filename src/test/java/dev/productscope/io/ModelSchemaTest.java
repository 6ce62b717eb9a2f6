package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Developer;
import dev.productscope.model.JsonEnum;
import dev.productscope.model.Medium;
import dev.productscope.model.Protection;
import dev.productscope.model.Sector;
import dev.productscope.model.ZoneKind;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema of format v1 agrees with the reader: same files pass, same mistakes fail. */
class ModelSchemaTest {

    static final String SCHEMA = "/dev/productscope/io/productscope-model-1.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;
    private static JsonNode schemaTree;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = ModelSchemaTest.class.getResourceAsStream(SCHEMA)) {
            schemaTree = JSON.readTree(in);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
    }

    static Stream<String> bundledExamples() {
        return BundledExamples.all().stream().map(BundledExamples.Example::fileName);
    }

    @ParameterizedTest
    @MethodSource("bundledExamples")
    void everyBundledExamplePasses(String fileName) throws Exception {
        byte[] bytes = BundledExamples.find(fileName).orElseThrow().bytes();

        assertThat(errors(bytes)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"format-example.json", "mini.json", "extensions.json", "malformed/with-bom.json"})
    void validTestFilesPass(String resource) throws Exception {
        assertThat(errors(TestFiles.bytes(resource))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-format.json", "missing-format.json", "missing-version.json", "newer-version.json",
        "version-as-text.json", "null-name.json", "coordinate-as-text.json", "zones-not-array.json",
        "component-not-object.json", "unknown-key.json", "unknown-top-level-key.json", "unknown-component-kind.json",
        "unknown-zone-kind.json", "unknown-medium.json", "unknown-protection.json", "unknown-sector.json",
        "unknown-membership.json", "missing-required-key.json", "invalid-id.json", "product-without-devices.json",
        "negative-size.json", "zero-component-size.json", "root-array.json"})
    void malformedFilesThatTheSchemaCanJudgeFail(String fixture) throws Exception {
        assertThat(errors(TestFiles.bytes("malformed/" + fixture))).isNotEmpty();
    }

    @Test
    void enumsMatchTheModel() {
        JsonNode defs = schemaTree.get("$defs");
        assertThat(values(defs.at("/component/properties/kind/enum"))).isEqualTo(JsonEnum.ids(ComponentKind.class));
        assertThat(values(defs.at("/zone/properties/kind/enum"))).isEqualTo(JsonEnum.ids(ZoneKind.class));
        assertThat(values(defs.at("/component/properties/developer/enum"))).isEqualTo(JsonEnum.ids(Developer.class));
        assertThat(values(defs.at("/link/properties/medium/enum"))).isEqualTo(JsonEnum.ids(Medium.class));
        assertThat(values(defs.at("/flow/properties/protection/enum"))).isEqualTo(JsonEnum.ids(Protection.class));
        assertThat(values(defs.at("/product/properties/sector/enum"))).isEqualTo(JsonEnum.ids(Sector.class));
    }

    @Test
    void keysMatchTheReaderAndWriter() {
        JsonNode defs = schemaTree.get("$defs");
        assertThat(names(schemaTree.get("properties"))).isEqualTo(ModelFormat.MODEL_KEYS);
        assertThat(names(defs.at("/zone/properties"))).isEqualTo(ModelFormat.ZONE_KEYS);
        assertThat(names(defs.at("/component/properties"))).isEqualTo(ModelFormat.COMPONENT_KEYS);
        assertThat(names(defs.at("/link/properties"))).isEqualTo(ModelFormat.LINK_KEYS);
        assertThat(names(defs.at("/flow/properties"))).isEqualTo(ModelFormat.FLOW_KEYS);
        assertThat(names(defs.at("/product/properties"))).isEqualTo(ModelFormat.PRODUCT_KEYS);
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
