package dev.productscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation of models built in code, as the editor will build them. */
class ModelValidationTest {

    private static final Zone HOME = new Zone("home", "Home", ZoneKind.CUSTOMER_ENVIRONMENT, 0, 0, 400, 300);

    private static Model model(List<Component> components, List<Product> products) {
        return Model.empty("Test").withZones(List.of(HOME)).withComponents(components).withProducts(products);
    }

    @Test
    void aSmallValidModelHasNoProblems() {
        Model model = model(List.of(Component.of("bulb", "Bulb", ComponentKind.IOT_DEVICE, "home", 10, 10)),
                List.of(new Product("p", "Bulb", List.of("bulb"), Sector.CONSUMER)));

        assertThat(model.validate()).isEmpty();
        assertThat(model.isValid()).isTrue();
    }

    @Test
    void idsMustBeUniqueAcrossEveryKindOfElement() {
        Model model = model(List.of(Component.of("home", "Bulb", ComponentKind.IOT_DEVICE, "home", 10, 10)),
                List.of(new Product("home", "Bulb", List.of("home"), null)));

        assertThat(model.validate()).extracting(ModelProblem::path)
                .containsExactly("$.components[0].id", "$.products[0].id");
        assertThat(model.validate().get(0).message()).contains("already used at $.zones[0]");
    }

    @Test
    void softwareHostedOnItselfIsReported() {
        Component app = Component.of("app", "App", ComponentKind.MOBILE_APP, null, 0, 0).withHostedOn("app");

        assertThat(model(List.of(app), List.of()).validate()).extracting(ModelProblem::message)
                .containsExactly("component 'app' is hosted on itself");
    }

    @Test
    void blankNamesAndNonFiniteCoordinatesAreReported() {
        Component ghost = Component.of("ghost", " ", ComponentKind.PC, "home", Double.NaN, 0);

        assertThat(model(List.of(ghost), List.of()).withName("").validate()).extracting(ModelProblem::path)
                .containsExactly("$.name", "$.components[0].name", "$.components[0].x");
    }

    @Test
    void aDeviceListedTwiceIsReportedOnce() {
        Model model = model(List.of(Component.of("bulb", "Bulb", ComponentKind.IOT_DEVICE, "home", 10, 10)),
                List.of(new Product("p", "Bulb", List.of("bulb", "bulb"), null)));

        assertThat(model.validate()).extracting(ModelProblem::path).containsExactly("$.products[0].devices[1]");
    }

    @Test
    void traitsFallBackToTheKindsDefaults() {
        Component app = Component.of("tp", "Community app", ComponentKind.THIRD_PARTY_APP, null, 0, 0);
        Component router = Component.of("r", "Router", ComponentKind.WIFI_ROUTER, "home", 0, 0);

        assertThat(app.effectiveRequired()).isFalse();
        assertThat(app.effectiveDeveloper()).isEqualTo(Developer.THIRD_PARTY);
        assertThat(app.effectiveApplicationLayerAccess()).isTrue();
        assertThat(router.effectiveApplicationLayerAccess()).isFalse();
        assertThat(router.category()).isEqualTo(LegendCategory.NETWORK_INFRASTRUCTURE);
        assertThat(app.withTraits(true, Developer.MANUFACTURER, false).effectiveRequired()).isTrue();
        assertThat(ComponentKind.BACKEND.defaultDeveloper()).isEqualTo(Developer.MANUFACTURER);
        assertThat(ComponentKind.CLOUD_PLATFORM.isHost()).isTrue();
        assertThat(ComponentKind.INTERNET.standsBetweenZones()).isTrue();
        assertThat(ZoneKind.THIRD_PARTY_CLOUD.managed()).isEqualTo(Management.REMOTE);
    }

    @Test
    void lookupsFindElementsById() {
        Model model = model(List.of(Component.of("bulb", "Bulb", ComponentKind.IOT_DEVICE, "home", 10, 10)),
                List.of(new Product("p", "Bulb", List.of("bulb"), null, Map.of("bulb", MembershipToggle.IN), null)));

        assertThat(model.component("bulb")).isPresent();
        assertThat(model.zone("home")).contains(HOME);
        assertThat(model.product("p").orElseThrow().effectiveSector()).isEqualTo(Sector.CONSUMER);
        assertThat(model.containsId("p")).isTrue();
        assertThat(model.containsId("nope")).isFalse();
    }

    @Test
    void jsonPathsQuoteKeysThatAreNotPlainNames() {
        assertThat(JsonPath.key("$", "zones")).isEqualTo("$.zones");
        assertThat(JsonPath.key("$", "x-notes")).isEqualTo("$['x-notes']");
        assertThat(JsonPath.key("$", "it's")).isEqualTo("$['it\\'s']");
        assertThat(JsonPath.index("$.zones", 3)).isEqualTo("$.zones[3]");
    }
}
