package dev.productscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productscope.io.BundledExamples;
import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bundled example gets the membership the handbook's text gives it. */
class BundledExamplesAnalysisTest {

    private static JsonNode expected() throws Exception {
        try (InputStream in = BundledExamplesAnalysisTest.class
                .getResourceAsStream("/dev/productscope/examples/expected-membership.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static Stream<String> examples() {
        return BundledExamples.all().stream().map(BundledExamples.Example::fileName);
    }

    private static Analysis analyze(String example) {
        return Analyzer.analyze(BundledExamples.find(example).orElseThrow().load());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void membershipMatchesTheHandbook(String example) throws Exception {
        JsonNode expectation = expected().get(example);
        assertThat(expectation).as("expectations for " + example).isNotNull();
        Analysis analysis = analyze(example);

        for (Map.Entry<String, JsonNode> product : iterable(expectation.get("products"))) {
            List<String> in = new ArrayList<>();
            product.getValue().get("in").forEach(id -> in.add(id.asText()));
            assertThat(analysis.product(product.getKey()).orElseThrow().components())
                    .as("%s: %s (%s)", example, product.getKey(), product.getValue().get("source").asText())
                    .containsExactlyInAnyOrderElementsOf(in);
        }
        for (JsonNode out : expectation.get("outOfEveryProduct")) {
            assertThat(analysis.productsOf(out.asText())).as("%s: %s is in no product", example, out.asText())
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void infrastructureAndHostsAreOutOfEveryProductAndEveryFlowIsRouted(String example) {
        Analysis analysis = analyze(example);
        Model model = analysis.model();

        for (Component component : model.components()) {
            ComponentKind kind = component.kind();
            if (kind.isHost() || (kind.category() != dev.productscope.model.LegendCategory.IOT_PRODUCT_COMPONENT
                    && component.productSpecific() == null)) {
                assertThat(analysis.productsOf(component.id())).as(component.id()).isEmpty();
            }
        }
        assertThat(analysis.routes()).allMatch(FlowRoute::isRouted);
        assertThat(analysis.findings()).noneMatch(f -> f.rule().equals("flow-without-route")
                || f.rule().equals("component-without-zone"));
    }

    @Test
    void localManagementGenericGatewayAndRouterAreNetworkInfrastructure() {
        Analysis analysis = analyze("local-management.json");

        for (Product product : analysis.model().products()) {
            assertThat(analysis.membership("gateway", product.id()).rule()).isEqualTo(MembershipRule.M4);
            assertThat(analysis.membership("router", product.id()).rule()).isEqualTo(MembershipRule.M4);
        }
    }

    @Test
    void specialtyHardwareForOneProductLineIsInThatProductOnly() {
        Analysis analysis = analyze("local-architectures.json");

        assertThat(analysis.productsOf("bulb-bridge")).containsExactly("p-bulb-a");
        assertThat(analysis.membership("bulb-bridge", "p-bulb-a").rule()).isEqualTo(MembershipRule.M3);
    }

    @Test
    void aThirdPartyManagementAppThatIsNotRequiredIsOut() {
        Analysis analysis = analyze("third-party-local-tools.json");

        assertThat(analysis.productsOf("community-app")).isEmpty();
        assertThat(analysis.membership("community-app", "p-bulb-b").rule()).isEqualTo(MembershipRule.M5);
    }

    @Test
    void aBackendOnAThirdPartyCloudIsInItsProductAndRemotelyManagedWhileThePlatformIsOut() {
        Analysis analysis = analyze("remote-backends.json");

        assertThat(analysis.productsOf("bulb-a-backend")).containsExactly("p-bulb-a");
        assertThat(analysis.locality("bulb-a-backend")).isEqualTo(Locality.REMOTE);
        assertThat(analysis.roles("bulb-a-backend").operator()).isEqualTo(Operator.CLOUD_SERVICE_PROVIDER);
        assertThat(analysis.roles("bulb-a-backend").host()).isEqualTo("cloud-platform");
        assertThat(analysis.membership("cloud-platform", "p-bulb-a").rule()).isEqualTo(MembershipRule.M2);
        assertThat(analysis.roles("tv-backend").operator()).isEqualTo(Operator.MANUFACTURER);
        assertThat(analysis.locality("bulb-a")).isEqualTo(Locality.LOCAL);
        assertThat(analysis.locality("internet")).isEqualTo(Locality.UNKNOWN);
    }

    @Test
    void aSharedBackendAppearsInEachProductThatUsesIt() {
        Analysis analysis = analyze("shared-cloud-backends.json");

        assertThat(analysis.productsOf("account-service")).containsExactlyInAnyOrder("p-lock", "p-bulb");
        assertThat(analysis.product("p-lock").orElseThrow().shared()).contains("account-service");
        assertThat(analysis.findings()).anyMatch(f -> f.rule().equals("shared-remote-component")
                && f.subjects().get(0).equals("account-service"));
    }

    @Test
    void theDefaultExampleFlagsTheTransportOnlyAppFlow() {
        Analysis analysis = analyze("remote-backends.json");

        assertThat(analysis.findings()).filteredOn(f -> f.rule().equals("unprotected-out-of-product-crossing"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.subjects()).startsWith("f-bulb-a-app-backend");
                });
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
