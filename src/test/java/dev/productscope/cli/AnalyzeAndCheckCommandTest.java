package dev.productscope.cli;

import static dev.productscope.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productscope.io.BundledExamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnalyzeAndCheckCommandTest {

    @TempDir
    Path folder;
    private Path remoteBackends;

    @BeforeEach
    void extract() throws Exception {
        BundledExamples.extractTo(folder);
        remoteBackends = folder.resolve("remote-backends.json");
    }

    static List<String> examples() {
        return BundledExamples.all().stream().map(BundledExamples.Example::fileName).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void analyzeJsonFollowsTheContractOnEveryExample(String example) throws Exception {
        CommandLineTest.Result result = run("analyze", folder.resolve(example).toString(), "--format", "json");

        assertThat(result.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("format").asText()).isEqualTo("productscope-analysis");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.fieldNames()).toIterable().containsExactly("format", "version", "model", "catalogs",
                "products", "components", "flows", "findings");
        assertThat(json.at("/catalogs/0/id").asText()).isEqualTo("nist-iot-baseline");
        assertThat(json.at("/catalogs/0/origin").asText()).isEqualTo("bundled");
        for (JsonNode product : json.get("products")) {
            assertThat(product.fieldNames()).toIterable().containsExactly("id", "name", "components", "reliesOn",
                    "shared", "references", "outcomes", "notes");
            assertThat(product.get("outcomes")).isNotEmpty();
            assertThat(texts(product.get("components"))).isSorted();
        }
        for (JsonNode component : json.get("components")) {
            assertThat(component.fieldNames()).toIterable().containsExactly("id", "name", "kind", "category",
                    "managed", "membership", "roles", "references", "outcomes", "notes");
            for (JsonNode applied : component.get("references")) {
                assertThat(applied.fieldNames()).toIterable().containsExactly("id", "shortName", "title", "why");
                assertThat(applied.get("why")).isNotEmpty().allSatisfy(why -> assertThat(why.fieldNames())
                        .toIterable().containsExactly("rule", "why", "source"));
            }
            for (JsonNode applied : component.get("outcomes")) {
                assertThat(applied.fieldNames()).toIterable().containsExactly("id", "code", "title", "group", "why");
            }
            assertThat(component.get("managed").asText()).isIn("local", "remote", "unknown");
            assertThat(component.get("membership").size()).isEqualTo(json.get("products").size());
            component.get("membership").forEach(decision -> {
                assertThat(decision.get("value").asText()).isIn("in", "out", "none");
                assertThat(decision.get("rule").asText()).matches("M[0-7]");
                assertThat(decision.get("reason").asText()).contains(component.get("id").asText());
            });
        }
        for (JsonNode flow : json.get("flows")) {
            assertThat(flow.has("path") && flow.has("crosses") && flow.has("leavesCustomerEnvironment")
                    && flow.has("crossesInternet") && flow.has("crossesOutOfProduct") && flow.has("protection"))
                    .isTrue();
        }
        for (JsonNode finding : json.get("findings")) {
            assertThat(finding.fieldNames()).toIterable().containsExactly("rule", "severity", "subjects", "message");
        }
        assertThat(run("analyze", folder.resolve(example).toString(), "--format", "json").out())
                .as("deterministic").isEqualTo(result.out());
    }

    @Test
    void analyzeJsonOfTheDefaultExampleSaysWhatTheHandbookSays() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("analyze", remoteBackends.toString(), "--format", "json").out());

        JsonNode bulbA = json.get("products").get(0);
        assertThat(bulbA.get("id").asText()).isEqualTo("p-bulb-a");
        assertThat(texts(bulbA.get("components"))).containsExactly("bulb-a", "bulb-a-app", "bulb-a-backend");
        assertThat(texts(bulbA.get("reliesOn"))).contains("cloud-platform", "internet", "router", "phone");
        JsonNode backend = find(json.get("components"), "bulb-a-backend");
        assertThat(backend.get("managed").asText()).isEqualTo("remote");
        assertThat(backend.at("/membership/p-bulb-a/value").asText()).isEqualTo("in");
        assertThat(backend.at("/roles/operator").asText()).isEqualTo("cloud-service-provider");
        assertThat(backend.at("/roles/host").asText()).isEqualTo("cloud-platform");
        JsonNode appFlow = find(json.get("flows"), "f-bulb-a-app-backend");
        assertThat(texts(appFlow.get("path"))).containsExactly("phone", "router", "internet", "cloud-platform");
        assertThat(appFlow.get("crossesOutOfProduct").asBoolean()).isTrue();
        assertThat(json.get("findings").get(0).get("rule").asText()).isEqualTo("unprotected-out-of-product-crossing");
    }

    @Test
    void analyzeJsonGivesEachComponentTheReferencesCswp33Names() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("analyze", remoteBackends.toString(), "--format", "json").out());

        assertThat(referenceIds(find(json.get("components"), "bulb-a-backend"))).contains("owasp-asvs");
        assertThat(referenceIds(find(json.get("components"), "bulb-a-app")))
                .contains("owasp-masvs", "nist-sp-800-218");
        assertThat(referenceIds(find(json.get("components"), "bulb-a"))).contains("nistir-8259a");
        JsonNode router = find(json.get("components"), "router");
        assertThat(referenceIds(router)).isEmpty();
        assertThat(router.get("outcomes")).isEmpty();
        assertThat(router.get("notes")).isNotEmpty();
        JsonNode product = find(json.get("products"), "p-bulb-a");
        assertThat(referenceIds(product)).contains("nistir-8259b");
        assertThat(product.get("outcomes")).extracting(o -> o.get("code").asText()).contains("Documentation 1a");
    }

    private static List<String> referenceIds(JsonNode subject) {
        List<String> ids = new ArrayList<>();
        subject.get("references").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void analyzeForOneProductKeepsToThatProduct() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("analyze", remoteBackends.toString(), "--format", "json",
                "--product", "p-tv").out());

        assertThat(json.get("products")).hasSize(1);
        List<String> ids = new ArrayList<>();
        json.get("components").forEach(c -> {
            ids.add(c.get("id").asText());
            assertThat(c.get("membership").fieldNames()).toIterable().containsExactly("p-tv");
        });
        assertThat(ids).containsExactlyInAnyOrder("tv", "tv-backend", "dc-servers", "internet", "router");
        assertThat(json.get("flows")).extracting(f -> f.get("id").asText()).containsExactly("f-tv-backend");
        assertThat(json.get("findings")).isEmpty();
    }

    @Test
    void analyzeTextHasABlockPerProductThenFindings() {
        CommandLineTest.Result result = run("analyze", remoteBackends.toString());

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Catalogs: NIST IoT product baseline")
                .contains("Product 'Smart lightbulb A (cloud backend)' (p-bulb-a)")
                .containsPattern("bulb-a-app .*\\R\\s+references: .*OWASP MASVS")
                .contains("Product 'Smart TV (manufacturer backend)' (p-tv)")
                .contains("Relies on, outside the product: cloud-platform, gateway, internet, phone, router")
                .contains("Findings (1): 0 errors, 1 warnings, 0 info");
        assertThat(result.out().indexOf("Findings")).isGreaterThan(result.out().lastIndexOf("Product '"));
    }

    @Test
    void analyzeRefusesAnUnknownProductAndAnUnloadableFile() throws Exception {
        CommandLineTest.Result unknown = run("analyze", remoteBackends.toString(), "--product", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no product 'nope'").contains("p-bulb-a, p-tv, p-bulb-b");

        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"productscope-model\"}");
        CommandLineTest.Result bad = run("analyze", broken.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("missing the key 'version'");
    }

    @Test
    void checkExitCodesFollowTheFailOnLevel() throws Exception {
        CommandLineTest.Result byDefault = run("check", remoteBackends.toString());
        assertThat(byDefault.code()).isZero();
        assertThat(byDefault.out()).contains(remoteBackends + ": warning unprotected-out-of-product-crossing"
                + " [f-bulb-a-app-backend, router, internet]: Flow 'f-bulb-a-app-backend'")
                .contains(remoteBackends + ": catalogs: NIST IoT product baseline")
                .contains("1 findings (0 errors, 1 warnings, 0 info); passes at --fail-on error");

        assertThat(run("check", remoteBackends.toString(), "--fail-on", "warning").code()).isEqualTo(1);
        assertThat(run("check", remoteBackends.toString(), "--fail-on", "info").code()).isEqualTo(1);
        assertThat(run("check", folder.resolve("local-device-only.json").toString(), "--fail-on", "info").code())
                .isZero();
        assertThat(run("check", remoteBackends.toString(), "--fail-on", "bogus").code()).isEqualTo(2);
        assertThat(run("check", folder.resolve("absent.json").toString()).code()).isEqualTo(2);
    }

    @Test
    void checkFailsOnAnErrorFinding() throws Exception {
        String text = Files.readString(remoteBackends).replace("\"protection\": \"transport\"",
                "\"protection\": \"none\"");
        Path unprotected = folder.resolve("unprotected.json");
        Files.writeString(unprotected, text);

        CommandLineTest.Result result = run("check", unprotected.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(": error unprotected-out-of-product-crossing").contains("FAILS");
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id);
    }
}
