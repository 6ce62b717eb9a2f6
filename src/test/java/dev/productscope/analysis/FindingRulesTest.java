package dev.productscope.analysis;

import static dev.productscope.model.ComponentKind.BACKEND;
import static dev.productscope.model.ComponentKind.CLOUD_PLATFORM;
import static dev.productscope.model.ComponentKind.INTERNET;
import static dev.productscope.model.ComponentKind.IOT_DEVICE;
import static dev.productscope.model.ComponentKind.MOBILE_APP;
import static dev.productscope.model.ComponentKind.SMARTPHONE;
import static dev.productscope.model.ComponentKind.WIFI_ROUTER;
import static dev.productscope.model.Protection.APPLICATION;
import static dev.productscope.model.Protection.NONE;
import static dev.productscope.model.Protection.TRANSPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Developer;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.ZoneKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding rule: a model that triggers it and one that does not. */
class FindingRulesTest {

    private static List<Finding> findings(Analysis analysis, String rule) {
        return analysis.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** A bulb in a home talking to a cloud backend through the router and the internet. */
    private static TinyModel cloudBulb(dev.productscope.model.Protection protection) {
        return TinyModel.home().zone("cloud", ZoneKind.THIRD_PARTY_CLOUD)
                .add("bulb", IOT_DEVICE, "home").add("router", WIFI_ROUTER, "home").add("net", INTERNET, null)
                .add("vm", CLOUD_PLATFORM, "cloud").hosted("backend", BACKEND, "vm")
                .link("bulb", "router").link("router", "net").link("net", "vm")
                .flow("f-tele", "bulb", "backend", protection).product("p", "bulb");
    }

    @Test
    void registryHoldsEveryRuleOnceWithStableIds() {
        assertThat(FindingRules.all()).extracting(FindingRule::id).doesNotHaveDuplicates().containsExactly(
                "product-without-device", "component-without-zone", "flow-without-route", "hosted-zone-mismatch",
                "unprotected-out-of-product-crossing", "shared-remote-component", "data-centralisation",
                "third-party-component-in-product", "toggle-disagrees");
    }

    @Test
    void productWithoutDevice() {
        Analysis without = TinyModel.home().add("hub", WIFI_ROUTER, "home").product("p", "hub").analyze();
        Analysis with = TinyModel.home().add("bulb", IOT_DEVICE, "home").product("p", "bulb").analyze();

        assertThat(findings(without, "product-without-device")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subjects()).containsExactly("p");
        });
        assertThat(findings(with, "product-without-device")).isEmpty();
    }

    @Test
    void componentWithoutZone() {
        Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, null).add("net", INTERNET, null)
                .add("phone", SMARTPHONE, "home").hosted("app", MOBILE_APP, "phone").product("p", "bulb").analyze();

        assertThat(findings(analysis, "component-without-zone")).extracting(f -> f.subjects().get(0))
                .containsExactly("bulb");
    }

    @Test
    void flowWithoutRoute() {
        Analysis broken = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("phone", SMARTPHONE, "home")
                .hosted("app", MOBILE_APP, "phone").flow("f1", "app", "bulb", APPLICATION).product("p", "bulb")
                .analyze();
        Analysis linked = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("phone", SMARTPHONE, "home")
                .hosted("app", MOBILE_APP, "phone").link("phone", "bulb").flow("f1", "app", "bulb", APPLICATION)
                .product("p", "bulb").analyze();

        assertThat(findings(broken, "flow-without-route")).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("f1", "app", "bulb");
            assertThat(f.message()).contains("no chain of links connects 'phone' to 'bulb'");
        });
        assertThat(findings(linked, "flow-without-route")).isEmpty();
        assertThat(linked.route("f1").path()).containsExactly("phone", "bulb");
    }

    @Test
    void hostedZoneMismatch() {
        Analysis mismatch = TinyModel.home().zone("cloud", ZoneKind.THIRD_PARTY_CLOUD)
                .add("phone", SMARTPHONE, "home").add("app", MOBILE_APP, "cloud").change("app",
                        c -> c.withHostedOn("phone")).analyze();
        Analysis same = TinyModel.home().add("phone", SMARTPHONE, "home").add("app", MOBILE_APP, "home")
                .change("app", c -> c.withHostedOn("phone")).analyze();

        assertThat(findings(mismatch, "hosted-zone-mismatch")).singleElement()
                .satisfies(f -> assertThat(f.subjects()).containsExactly("app", "phone"));
        assertThat(findings(same, "hosted-zone-mismatch")).isEmpty();
    }

    @Test
    void unprotectedCrossingIsAnErrorWithoutProtectionAndAWarningWithTransportOnly() {
        assertThat(findings(cloudBulb(NONE).analyze(), "unprotected-out-of-product-crossing")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.subjects()).containsExactly("f-tele", "router", "net");
                    assertThat(f.message()).contains("Security flows from the top");
                });
        assertThat(findings(cloudBulb(TRANSPORT).analyze(), "unprotected-out-of-product-crossing")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(findings(cloudBulb(APPLICATION).analyze(), "unprotected-out-of-product-crossing")).isEmpty();
    }

    @Test
    void aFlowNotWithinAProductIsNotAnUnprotectedCrossing() {
        Analysis analysis = cloudBulb(NONE).toggle("p", "backend", MembershipToggle.OUT).analyze();

        assertThat(findings(analysis, "unprotected-out-of-product-crossing")).isEmpty();
    }

    @Test
    void sharedRemoteComponent() {
        Analysis shared = cloudBulb(APPLICATION).add("plug", IOT_DEVICE, "home").link("plug", "router")
                .flow("plug", "backend", APPLICATION).product("q", "plug").analyze();

        assertThat(findings(shared, "shared-remote-component")).singleElement()
                .satisfies(f -> assertThat(f.subjects()).containsExactly("backend", "p", "q"));
        assertThat(findings(cloudBulb(APPLICATION).analyze(), "shared-remote-component")).isEmpty();
    }

    @Test
    void dataCentralisationAcrossProductsOrCustomers() {
        Analysis twoProducts = cloudBulb(APPLICATION).add("plug", IOT_DEVICE, "home").link("plug", "router")
                .flow("plug", "backend", APPLICATION).product("q", "plug").analyze();
        Analysis twoHomes = cloudBulb(APPLICATION).zone("home2", ZoneKind.CUSTOMER_ENVIRONMENT)
                .add("bulb2", IOT_DEVICE, "home2").link("bulb2", "net").flow("bulb2", "backend", APPLICATION)
                .analyze();

        assertThat(findings(twoProducts, "data-centralisation")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2 product(s) in 1 customer environment(s)"));
        assertThat(findings(twoHomes, "data-centralisation")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1 product(s) in 2 customer environment(s)"));
        assertThat(findings(cloudBulb(APPLICATION).analyze(), "data-centralisation")).isEmpty();
    }

    @Test
    void thirdPartyComponentInProduct() {
        Analysis thirdParty = cloudBulb(APPLICATION).traits("backend", null, Developer.THIRD_PARTY, null).analyze();

        assertThat(findings(thirdParty, "third-party-component-in-product")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.subjects()).containsExactly("backend", "p");
        });
        assertThat(findings(cloudBulb(APPLICATION).analyze(), "third-party-component-in-product")).isEmpty();
    }

    @Test
    void toggleDisagrees() {
        Analysis disagreeing = cloudBulb(APPLICATION).toggle("p", "router", MembershipToggle.IN).analyze();
        Analysis agreeing = cloudBulb(APPLICATION).toggle("p", "backend", MembershipToggle.IN)
                .toggle("p", "router", MembershipToggle.OUT).analyze();

        assertThat(findings(disagreeing, "toggle-disagrees")).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("router", "p");
            assertThat(f.message()).contains("'router' is set in 'p' by hand, but the rules say out: router 'router' has no application-layer access");
        });
        assertThat(findings(agreeing, "toggle-disagrees")).isEmpty();
    }

    @Test
    void findingsAreSortedMostSevereFirst() {
        Analysis analysis = cloudBulb(NONE).toggle("p", "router", MembershipToggle.IN).add("lost", IOT_DEVICE, null)
                .analyze();

        assertThat(analysis.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(analysis.findingsAbout("lost")).hasSize(1);
    }
}
