package dev.productscope.cli;

import static dev.productscope.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Checklist;
import dev.productscope.catalog.ChecklistItem;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.ChecklistCsvWriter;
import dev.productscope.io.ModelReader;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChecklistCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private Path remoteBackends;

    @BeforeEach
    void extract() throws Exception {
        BundledExamples.extractTo(folder);
        remoteBackends = folder.resolve("remote-backends.json");
    }

    static Stream<Arguments> examplesAndFormats() {
        return BundledExamples.all().stream().flatMap(example -> Stream.of("md", "csv", "json")
                .map(format -> Arguments.of(example.fileName(), format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("examplesAndFormats")
    void printsEveryProductOfEveryExampleInEveryFormat(String example, String format) throws Exception {
        Path file = folder.resolve(example);
        CommandLineTest.Result result = run("checklist", file.toString(), "--format", format);

        assertThat(result.code()).as(result.err()).isZero();
        List<String> names = new ModelReader().read(file).products().stream().map(Product::name).toList();
        assertThat(names).isNotEmpty();
        switch (format) {
            case "md" -> assertThat(result.out()).contains(names.stream().map(n -> "## " + n).toList())
                    .contains("| Not assessed |");
            case "csv" -> assertThat(csv(result.out())).isNotEmpty()
                    .extracting(r -> r.get("product")).containsAll(names);
            default -> {
                JsonNode json = JSON.readTree(result.out());
                assertThat(json.get("format").asText()).isEqualTo("productscope-checklist");
                assertThat(json.get("products")).extracting(p -> p.get("name").asText()).isEqualTo(names);
                assertThat(json.get("products")).allSatisfy(p -> assertThat(p.get("items")).isNotEmpty());
            }
        }
        assertThat(run("checklist", file.toString(), "--format", format).out()).as("deterministic")
                .isEqualTo(result.out());
    }

    @Test
    void markdownHasAHeaderPerProductThenItemsByComponentThenTheActivities() {
        CommandLineTest.Result result = run("checklist", remoteBackends.toString(), "--product", "p-bulb-a");

        assertThat(result.code()).isZero();
        String out = result.out();
        assertThat(out).contains("## Smart lightbulb A (cloud backend)").contains("sector consumer")
                .contains("- Catalogs in force: NIST IoT product baseline").contains("- Checklist progress: 0/")
                .contains("- Activities progress: 0/").doesNotContain("Smart TV");
        assertThat(out.indexOf("### Smart lightbulb A (`bulb-a`)")).isPositive()
                .isLessThan(out.indexOf("### Product as a whole"));
        assertThat(out.indexOf("### Product as a whole")).isLessThan(out.indexOf("### NISTIR 8259 activities"));
        assertThat(out).contains("#### Activity 1: ").contains("| Section | Question | Status | Answer |");
    }

    @Test
    void csvParsesBackWithOneRowPerItem() throws Exception {
        CommandLineTest.Result result = run("checklist", remoteBackends.toString(), "--format", "csv");

        assertThat(result.code()).isZero();
        List<CSVRecord> records = csv(result.out());
        assertThat(CSVFormat.RFC4180.parse(new StringReader(result.out())).iterator().next().toList())
                .isEqualTo(ChecklistCsvWriter.HEADER).containsExactly("product_id", "product", "item_key",
                        "outcome_code", "outcome_title", "component_id", "component", "status", "owner",
                        "justification", "evidence", "orphaned", "orphan_reason", "references", "catalogs");
        Model model = new ModelReader().read(remoteBackends);
        Applicability applicability = new Applicability(CatalogReader.bundled(), Analyzer.analyze(model));
        int items = model.products().stream().mapToInt(p -> Checklist.of(applicability, p.id()).items().size()).sum();
        assertThat(records).hasSize(items);
        CSVRecord device = records.stream().filter(r -> r.get("item_key").startsWith("8259a-device-identification@"))
                .findFirst().orElseThrow();
        assertThat(device.get("component_id")).isEqualTo("bulb-a");
        assertThat(device.get("status")).isEqualTo("not-assessed");
        assertThat(device.get("orphaned")).isEqualTo("false");
        assertThat(device.get("references")).contains("NISTIR 8259A");
        assertThat(device.get("catalogs")).isEqualTo(CatalogReader.bundled().describe());
    }

    @Test
    void markdownEscapesPipesAndLineBreaksAndFlagsAMissingJustification() throws Exception {
        List<String> keys = liveKeys("p-bulb-a", "bulb-a");
        ObjectNode checklist = JSON.createObjectNode();
        checklist.putObject(keys.get(0)).put("status", "not-applicable").put("owner", "manufacturer")
                .put("justification", "no display | no buttons\nsecond line").put("evidence", "spec.pdf");
        checklist.putObject(keys.get(1)).put("status", "not-met");
        Path file = withProduct("p-bulb-a", checklist, null);

        CommandLineTest.Result md = run("checklist", file.toString(), "--product", "p-bulb-a");

        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).contains("| Not applicable | Manufacturer | no display \\| no buttons<br>second line"
                + " | spec.pdf |").contains("| Not met (**justification missing**) |")
                .contains("**1 item needs a justification that is missing**");
        JsonNode json = JSON.readTree(run("checklist", file.toString(), "--product", "p-bulb-a", "--format",
                "json").out());
        assertThat(json.at("/products/0/unjustified").asInt()).isEqualTo(1);
        JsonNode item = find(json.at("/products/0/items"), keys.get(0));
        assertThat(item.get("justification").asText()).isEqualTo("no display | no buttons\nsecond line");
        assertThat(item.get("justificationMissing").asBoolean()).isFalse();
        assertThat(find(json.at("/products/0/items"), keys.get(1)).get("justificationMissing").asBoolean()).isTrue();
    }

    @Test
    void anAssessmentOfAComponentThatLeftTheProductIsOrphanedWithItsReason() throws Exception {
        String key = liveKeys("p-bulb-a", "bulb-a-app").get(0);
        ObjectNode checklist = JSON.createObjectNode();
        checklist.putObject(key).put("status", "met").put("evidence", "MASVS report 2024");
        ObjectNode membership = JSON.createObjectNode().put("bulb-a-app", "out");
        Path file = withProduct("p-bulb-a", checklist, membership);

        CommandLineTest.Result md = run("checklist", file.toString(), "--product", "p-bulb-a");
        CommandLineTest.Result csv = run("checklist", file.toString(), "--product", "p-bulb-a", "--format", "csv");
        JsonNode json = JSON.readTree(run("checklist", file.toString(), "--product", "p-bulb-a", "--format",
                "json").out());

        String reason = "'Bulb A companion app' is no longer part of the product";
        assertThat(md.out()).doesNotContain("### Bulb A companion app");
        assertThat(md.out().indexOf("### Orphaned assessments")).isGreaterThan(md.out().indexOf("### Product as"));
        assertThat(md.out()).contains("| Bulb A companion app | Met |  |  | MASVS report 2024 | " + reason + " |");
        CSVRecord row = csv(csv.out()).stream()
                .filter(r -> r.get("item_key").equals(key)).findFirst().orElseThrow();
        assertThat(row.get("orphaned")).isEqualTo("true");
        assertThat(row.get("orphan_reason")).isEqualTo(reason);
        JsonNode item = find(json.at("/products/0/items"), key);
        assertThat(item.get("orphaned").asBoolean()).isTrue();
        assertThat(item.get("orphanReason").asText()).isEqualTo(reason);
    }

    @Test
    void refusesAnUnknownProduct() {
        CommandLineTest.Result result = run("checklist", remoteBackends.toString(), "--product", "nope");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no product 'nope'").contains("p-bulb-a, p-tv, p-bulb-b");
        assertThat(run("checklist", remoteBackends.toString(), "--format", "pdf").code()).isEqualTo(2);
        assertThat(run("checklist", folder.resolve("absent.json").toString()).code()).isEqualTo(2);
    }

    /** The keys of the live items of the component in the product, as the bundled catalog has them now. */
    private List<String> liveKeys(String productId, String componentId) throws Exception {
        Analysis analysis = Analyzer.analyze(new ModelReader().read(remoteBackends));
        List<String> keys = new ArrayList<>();
        for (ChecklistItem item : Checklist.of(new Applicability(CatalogReader.bundled(), analysis), productId)
                .items()) {
            if (componentId.equals(item.componentId())) {
                keys.add(item.key());
            }
        }
        assertThat(keys).hasSizeGreaterThanOrEqualTo(2);
        return keys;
    }

    private Path withProduct(String productId, ObjectNode checklist, ObjectNode membership) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(remoteBackends.toFile());
        for (JsonNode product : root.get("products")) {
            if (product.get("id").asText().equals(productId)) {
                if (membership != null) {
                    ((ObjectNode) product).set("membership", membership);
                }
                ((ObjectNode) product).set("checklist", checklist);
            }
        }
        Path file = folder.resolve("assessed.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private static JsonNode find(JsonNode items, String key) {
        for (JsonNode item : items) {
            if (item.get("key").asText().equals(key)) {
                return item;
            }
        }
        throw new AssertionError("no item " + key);
    }
}
