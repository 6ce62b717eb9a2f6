package dev.productscope.analysis;

import static dev.productscope.model.ComponentKind.BACKEND;
import static dev.productscope.model.ComponentKind.CLOUD_PLATFORM;
import static dev.productscope.model.ComponentKind.INTERNET;
import static dev.productscope.model.ComponentKind.IOT_DEVICE;
import static dev.productscope.model.ComponentKind.IOT_GATEWAY;
import static dev.productscope.model.ComponentKind.MOBILE_APP;
import static dev.productscope.model.ComponentKind.SMARTPHONE;
import static dev.productscope.model.ComponentKind.WIFI_ROUTER;
import static dev.productscope.model.Protection.APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Model;
import dev.productscope.model.ZoneKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowRoutingTest {

    private static TinyModel network() {
        return TinyModel.home().zone("cloud", ZoneKind.THIRD_PARTY_CLOUD)
                .add("bulb", IOT_DEVICE, "home").add("hub", IOT_GATEWAY, "home").add("router", WIFI_ROUTER, "home")
                .add("phone", SMARTPHONE, "home").hosted("app", MOBILE_APP, "phone").add("net", INTERNET, null)
                .add("vm", CLOUD_PLATFORM, "cloud").hosted("backend", BACKEND, "vm")
                .link("bulb", "hub").link("hub", "router").link("phone", "router").link("router", "net")
                .link("net", "vm").link("bulb", "router");
    }

    @Test
    void flowsTakeTheFewestHopsAndHostedSoftwareStandsAtItsHost() {
        Analysis analysis = network().flow("f1", "app", "backend", APPLICATION).flow("f2", "bulb", "app", APPLICATION)
                .product("p", "bulb").analyze();

        FlowRoute f1 = analysis.route("f1");
        assertThat(f1.path()).containsExactly("phone", "router", "net", "vm");
        assertThat(f1.crosses()).containsExactly("router", "net");
        assertThat(f1.leavesCustomerEnvironment()).isTrue();
        assertThat(f1.crossesInternet()).isTrue();
        assertThat(f1.crossesThirdParty()).isTrue();
        assertThat(f1.crossesOutOfProduct()).isTrue();
        assertThat(f1.products()).containsExactly("p");
        assertThat(f1.outOfProduct()).containsExactly("router", "net");
        FlowRoute f2 = analysis.route("f2");
        assertThat(f2.path()).containsExactly("bulb", "router", "phone");
        assertThat(f2.leavesCustomerEnvironment()).isFalse();
        assertThat(f2.crossesInternet()).isFalse();
    }

    @Test
    void aPinnedRouteIsFollowedHopByHop() {
        Analysis analysis = network().flowVia("f1", "bulb", "backend", List.of("hub", "router", "net")).analyze();

        assertThat(analysis.route("f1").path()).containsExactly("bulb", "hub", "router", "net", "vm");
        assertThat(analysis.route("f1").isRouted()).isTrue();
    }

    @Test
    void aPinnedRouteWithAMissingLinkIsReported() {
        Analysis analysis = network().flowVia("f1", "bulb", "backend", List.of("hub", "net")).analyze();

        assertThat(analysis.route("f1").isRouted()).isFalse();
        assertThat(analysis.route("f1").problem()).isEqualTo("its pinned route goes from 'hub' to 'net', which no link"
                + " connects");
        assertThat(analysis.findings()).anyMatch(f -> f.rule().equals("flow-without-route"));
    }

    @Test
    void softwareOnTheSameHostTalksWithoutCrossingAnything() {
        Analysis analysis = network().hosted("app2", MOBILE_APP, "phone").flow("f1", "app", "app2", APPLICATION)
                .analyze();

        assertThat(analysis.route("f1").path()).containsExactly("phone");
        assertThat(analysis.route("f1").crosses()).isEmpty();
    }

    @Test
    void theModelIsNeverChanged() {
        Model model = network().flow("f1", "app", "backend", APPLICATION).product("p", "bulb").build();
        Model copy = new Model(model.name(), model.description(), model.zones(), model.components(), model.links(),
                model.flows(), model.products(), model.extensions());

        Analyzer.analyze(model);

        assertThat(model).isEqualTo(copy);
    }

    @Test
    void graphsPlaceHostedSoftwareAtItsHost() {
        ModelGraphs graphs = ModelGraphs.of(network().build());

        assertThat(graphs.station(graphs.indexOf("app"))).isEqualTo(graphs.indexOf("phone"));
        assertThat(graphs.links().containsVertex(graphs.indexOf("app"))).isFalse();
        assertThat(graphs.links().edgeSet()).hasSize(6);
        assertThat(graphs.flows().vertexSet()).hasSize(graphs.size());
    }
}
