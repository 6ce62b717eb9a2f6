package dev.productscope.analysis;

import static dev.productscope.model.ComponentKind.BACKEND;
import static dev.productscope.model.ComponentKind.CLOUD_PLATFORM;
import static dev.productscope.model.ComponentKind.DESKTOP_APP;
import static dev.productscope.model.ComponentKind.IOT_DEVICE;
import static dev.productscope.model.ComponentKind.IOT_GATEWAY;
import static dev.productscope.model.ComponentKind.LOCAL_CONSOLE;
import static dev.productscope.model.ComponentKind.MOBILE_APP;
import static dev.productscope.model.ComponentKind.PC;
import static dev.productscope.model.ComponentKind.SMARTPHONE;
import static dev.productscope.model.ComponentKind.SPECIALTY_NETWORKING_HARDWARE;
import static dev.productscope.model.ComponentKind.THIRD_PARTY_APP;
import static dev.productscope.model.ComponentKind.WIFI_ROUTER;
import static dev.productscope.model.Protection.APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.MembershipToggle;
import dev.productscope.model.ZoneKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each derivation rule of ARCHITECTURE.md, where it applies and where it does not. */
class MembershipRulesTest {

    private static MembershipDecision decision(Analysis analysis, String component, String product) {
        return analysis.membership(component, product);
    }

    @Nested
    class M0UserToggle {
        @Test
        void aToggleWinsAndKeepsTheDerivedDecisionBesideIt() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("router",
                    WIFI_ROUTER, "home").product("p", "bulb")
                    .toggle("p", "router", MembershipToggle.IN).analyze();

            MembershipDecision router = decision(analysis, "router", "p");
            assertThat(router.value()).isEqualTo(Membership.IN);
            assertThat(router.rule()).isEqualTo(MembershipRule.M0);
            assertThat(router.reason()).startsWith("The user set router 'router' in 'p'");
            assertThat(router.derived().value()).isEqualTo(Membership.OUT);
            assertThat(router.derived().rule()).isEqualTo(MembershipRule.M4);
            assertThat(router.toggleDisagrees()).isTrue();
        }

        @Test
        void withoutAToggleThereIsNoDerivedDecision() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").product("p", "bulb").analyze();

            assertThat(decision(analysis, "bulb", "p").rule()).isEqualTo(MembershipRule.M1);
            assertThat(decision(analysis, "bulb", "p").derived()).isNull();
        }

        @Test
        void aToggledOutComponentIsNotPassedThrough() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("hub", SPECIALTY_NETWORKING_HARDWARE,
                    "home").add("console", LOCAL_CONSOLE, "home").flow("bulb", "hub", APPLICATION)
                    .flow("hub", "console", APPLICATION).product("p", "bulb")
                    .toggle("p", "hub", MembershipToggle.OUT).analyze();

            assertThat(decision(analysis, "hub", "p").value()).isEqualTo(Membership.OUT);
            assertThat(decision(analysis, "console", "p").rule()).isEqualTo(MembershipRule.M7);
        }
    }

    @Nested
    class M1ProductDevice {
        @Test
        void theProductsDeviceIsIn() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("tv", IOT_DEVICE, "home")
                    .product("p", "bulb").product("q", "tv").analyze();

            assertThat(decision(analysis, "bulb", "p").value()).isEqualTo(Membership.IN);
            assertThat(decision(analysis, "bulb", "p").rule()).isEqualTo(MembershipRule.M1);
            assertThat(decision(analysis, "bulb", "p").reason())
                    .isEqualTo("bulb 'bulb' is a device of 'p', so it is part of the product (CSWP 33, IoT"
                            + " product-system architecture considerations).");
            assertThat(decision(analysis, "tv", "p").rule()).isNotEqualTo(MembershipRule.M1);
        }
    }

    @Nested
    class M2HostingHardware {
        @Test
        void aHostIsOutButItsSoftwareIsAssessed() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("phone", SMARTPHONE, "home")
                    .hosted("app", MOBILE_APP, "phone").flow("app", "bulb", APPLICATION).product("p", "bulb")
                    .analyze();

            assertThat(decision(analysis, "phone", "p").value()).isEqualTo(Membership.OUT);
            assertThat(decision(analysis, "phone", "p").rule()).isEqualTo(MembershipRule.M2);
            assertThat(decision(analysis, "app", "p").value()).isEqualTo(Membership.IN);
            assertThat(decision(analysis, "app", "p").rule()).isNotEqualTo(MembershipRule.M2);
        }
    }

    @Nested
    class M3ProductSpecific {
        @Test
        void specialtyHardwareMadeForTheProductIsInItAndOutOfOthers() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("tv", IOT_DEVICE, "home")
                    .add("bridge", IOT_GATEWAY, "home").specificTo("bridge", "p").product("p", "bulb")
                    .product("q", "tv").analyze();

            assertThat(decision(analysis, "bridge", "p").value()).isEqualTo(Membership.IN);
            assertThat(decision(analysis, "bridge", "p").rule()).isEqualTo(MembershipRule.M3);
            assertThat(decision(analysis, "bridge", "q").value()).isEqualTo(Membership.OUT);
            assertThat(decision(analysis, "bridge", "q").reason()).contains("made specifically for 'p', not for 'q'");
        }

        @Test
        void anotherProductsDeviceAndItsDirectAppAreThatProductsEvenThroughASharedBackend() {
            Analysis analysis = TinyModel.home().zone("cloud", ZoneKind.THIRD_PARTY_CLOUD)
                    .add("lock", IOT_DEVICE, "home").add("bulb", IOT_DEVICE, "home").add("phone", SMARTPHONE, "home")
                    .hosted("bulb-app", MOBILE_APP, "phone").add("vm", CLOUD_PLATFORM, "cloud")
                    .hosted("accounts", BACKEND, "vm")
                    .flow("lock", "accounts", APPLICATION).flow("bulb", "accounts", APPLICATION)
                    .flow("bulb-app", "bulb", APPLICATION).flow("bulb-app", "accounts", APPLICATION)
                    .product("p-lock", "lock").product("p-bulb", "bulb").analyze();

            assertThat(analysis.productsOf("accounts")).containsExactly("p-lock", "p-bulb");
            assertThat(decision(analysis, "bulb", "p-lock").rule()).isEqualTo(MembershipRule.M3);
            assertThat(decision(analysis, "bulb", "p-lock").reason()).contains("is a device of 'p-bulb', not of"
                    + " 'p-lock'");
            assertThat(decision(analysis, "bulb-app", "p-lock").value()).isEqualTo(Membership.OUT);
            assertThat(decision(analysis, "bulb-app", "p-lock").reason())
                    .contains("exchanges data directly with the devices of 'p-bulb' but not with those of 'p-lock'");
            assertThat(decision(analysis, "bulb-app", "p-bulb").value()).isEqualTo(Membership.IN);
        }
    }

    @Nested
    class M4NoApplicationLayerAccess {
        @Test
        void aGenericHubIsNetworkInfrastructureOutsideTheProduct() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("hub1", IOT_GATEWAY, "home")
                    .link("bulb", "hub1").product("p", "bulb").analyze();

            MembershipDecision hub = decision(analysis, "hub1", "p");
            assertThat(hub.value()).isEqualTo(Membership.OUT);
            assertThat(hub.rule()).isEqualTo(MembershipRule.M4);
            assertThat(hub.reason()).isEqualTo("hub1 'hub1' has no application-layer access to the product's data,"
                    + " so it is iot infrastructure below the application layer, not part of 'p' (CSWP 33, IoT product"
                    + " components vs. network infrastructure).");
        }

        @Test
        void aHubWithApplicationLayerAccessIsNotExcludedByM4() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("hub1", IOT_GATEWAY, "home")
                    .traits("hub1", null, null, true).flow("bulb", "hub1", APPLICATION).product("p", "bulb")
                    .analyze();

            assertThat(decision(analysis, "hub1", "p").rule()).isEqualTo(MembershipRule.M6);
        }
    }

    @Nested
    class M5NotRequired {
        @Test
        void anOptionalThirdPartyAppIsOut() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("phone", SMARTPHONE, "home")
                    .hosted("remote", THIRD_PARTY_APP, "phone").flow("remote", "bulb", APPLICATION)
                    .product("p", "bulb").analyze();

            assertThat(decision(analysis, "remote", "p").value()).isEqualTo(Membership.OUT);
            assertThat(decision(analysis, "remote", "p").rule()).isEqualTo(MembershipRule.M5);
        }

        @Test
        void aRequiredThirdPartyAppIsIn() {
            Analysis analysis = TinyModel.home().add("cuff", IOT_DEVICE, "home").add("phone", SMARTPHONE, "home")
                    .hosted("health", THIRD_PARTY_APP, "phone").traits("health", true, null, null)
                    .flow("cuff", "health", APPLICATION).product("p", "cuff").analyze();

            assertThat(decision(analysis, "health", "p").value()).isEqualTo(Membership.IN);
            assertThat(decision(analysis, "health", "p").rule()).isEqualTo(MembershipRule.M6);
        }
    }

    @Nested
    class M6ReachableOverFlows {
        @Test
        void aChainOfFlowsInEitherDirectionBringsComponentsIn() {
            Analysis analysis = TinyModel.home().zone("dc", ZoneKind.MANUFACTURER_DATA_CENTER)
                    .add("bulb", IOT_DEVICE, "home").add("phone", SMARTPHONE, "home").hosted("app", MOBILE_APP, "phone")
                    .add("backend", BACKEND, "dc").add("analytics", BACKEND, "dc")
                    .flow("bulb", "backend", APPLICATION).flow("app", "backend", APPLICATION)
                    .flow("backend", "analytics", APPLICATION).product("p", "bulb").analyze();

            assertThat(analysis.product("p").orElseThrow().components())
                    .containsExactly("analytics", "app", "backend", "bulb");
            assertThat(decision(analysis, "app", "p").rule()).isEqualTo(MembershipRule.M6);
        }

        @Test
        void reachNeverPassesThroughAnOutOfProductComponent() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("phone", SMARTPHONE, "home")
                    .hosted("remote", THIRD_PARTY_APP, "phone").hosted("app", MOBILE_APP, "phone")
                    .flow("bulb", "remote", APPLICATION).flow("remote", "app", APPLICATION).product("p", "bulb")
                    .analyze();

            assertThat(decision(analysis, "app", "p").value()).isEqualTo(Membership.NONE);
            assertThat(decision(analysis, "app", "p").rule()).isEqualTo(MembershipRule.M7);
        }
    }

    @Nested
    class M7Otherwise {
        @Test
        void aComponentWithNoFlowToTheDeviceIsNotPartOfTheProduct() {
            Analysis analysis = TinyModel.home().add("bulb", IOT_DEVICE, "home").add("pc", PC, "home")
                    .hosted("tool", DESKTOP_APP, "pc").product("p", "bulb").analyze();

            MembershipDecision tool = decision(analysis, "tool", "p");
            assertThat(tool.value()).isEqualTo(Membership.NONE);
            assertThat(tool.rule()).isEqualTo(MembershipRule.M7);
            assertThat(tool.reason()).isEqualTo("tool 'tool' has no data flow that ties it to the devices of 'p', so"
                    + " it is not part of it.");
        }
    }
}
