package dev.productscope.bench;

import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Extensions;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Medium;
import dev.productscope.model.Model;
import dev.productscope.model.ModelProblem;
import dev.productscope.model.Product;
import dev.productscope.model.Protection;
import dev.productscope.model.Sector;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Large, realistic deployments for benchmarks: thousands of customer homes, each with a Wi-Fi
 * router, a few IoT devices of several product lines (some behind a generic hub, some on Wi-Fi),
 * a phone running the product lines' apps and sometimes a PC with a desktop app; one internet
 * joining every router to three third-party clouds and one manufacturer data centre, whose
 * platforms host one backend per product line and two backends shared by two lines each.
 * The same size and seed always give the same model.
 */
public final class SyntheticModels {

    private static final double HOME_WIDTH = 420;
    private static final double HOME_HEIGHT = 320;
    private static final int HOMES_PER_ROW = 50;

    /** Where a backend runs: zone id, zone kind, host id, host kind. */
    private record Site(String zone, String name, ZoneKind kind, String host, ComponentKind hostKind) {
    }

    /** How a line's device reaches the home network: through the hub (with this medium) or on Wi-Fi. */
    private record Line(String key, String name, boolean viaHub, Medium medium, boolean desktopApp, int site,
                        String sharedBackend) {

        String productId() {
            return "p-" + key;
        }

        String backendId() {
            return "backend-" + key;
        }
    }

    private static final List<Site> SITES = List.of(
            new Site("cloud-a", "Cloud provider A", ZoneKind.THIRD_PARTY_CLOUD, "cloud-a.vm", ComponentKind.CLOUD_PLATFORM),
            new Site("cloud-b", "Cloud provider B", ZoneKind.THIRD_PARTY_CLOUD, "cloud-b.vm", ComponentKind.CLOUD_PLATFORM),
            new Site("cloud-c", "Cloud provider C", ZoneKind.THIRD_PARTY_CLOUD, "cloud-c.vm", ComponentKind.CLOUD_PLATFORM),
            new Site("dc", "Manufacturer data centre", ZoneKind.MANUFACTURER_DATA_CENTER, "dc.rack",
                    ComponentKind.DATA_CENTER_HARDWARE));

    private static final List<Line> LINES = List.of(
            new Line("bulb", "Smart bulb", true, Medium.ZIGBEE, false, 0, null),
            new Line("plug", "Smart plug", false, Medium.WIFI, false, 0, "backend-energy"),
            new Line("camera", "Security camera", false, Medium.WIFI, true, 1, "backend-video"),
            new Line("thermostat", "Thermostat", true, Medium.THREAD, true, 3, "backend-energy"),
            new Line("lock", "Door lock", true, Medium.BLUETOOTH, false, 3, null),
            new Line("doorbell", "Video doorbell", false, Medium.WIFI, false, 2, "backend-video"),
            new Line("vacuum", "Robot vacuum", false, Medium.WIFI, false, 2, null));

    /** A backend that two product lines' devices report to. */
    private record SharedBackend(String id, String name, int site) {
    }

    private static final List<SharedBackend> SHARED_BACKENDS = List.of(
            new SharedBackend("backend-energy", "Energy reporting backend", 0),
            new SharedBackend("backend-video", "Video storage backend", 1));

    private final Random random;
    private final List<Zone> zones = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final List<List<String>> devicesByLine = new ArrayList<>();

    private SyntheticModels(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < LINES.size(); i++) {
            devicesByLine.add(new ArrayList<>());
        }
    }

    /** Product lines in every model: one product per line. */
    public static int productLines() {
        return LINES.size();
    }

    /**
     * A valid deployment of about {@code targetComponents} components (at least one home per
     * product line), the same for the same arguments.
     *
     * @throws IllegalStateException if the model does not validate, which would be a bug here
     */
    public static Model homes(int targetComponents, long seed) {
        Model model = new SyntheticModels(seed).build(targetComponents);
        List<ModelProblem> problems = model.validate();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("synthetic model is invalid (" + problems.size() + " problems), first: "
                    + problems.get(0));
        }
        return model;
    }

    private Model build(int targetComponents) {
        addRemoteSites();
        int home = 0;
        // A home has 4 to 18 components; stopping 9 short of the target lands the total within about 9 of it.
        while (home < LINES.size() || components.size() + 9 < targetComponents) {
            addHome(home++);
        }
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) {
            Line line = LINES.get(i);
            products.add(new Product(line.productId(), line.name(), devicesByLine.get(i), Sector.CONSUMER));
        }
        return new Model("Synthetic deployment: " + home + " homes", "Generated by SyntheticModels.homes("
                + targetComponents + ", seed)", zones, components, links, flows, products, Extensions.none());
    }

    private void addRemoteSites() {
        double x = HOMES_PER_ROW * HOME_WIDTH + 400;
        components.add(Component.of("internet", "Internet", ComponentKind.INTERNET, null, x - 200, 300));
        for (int s = 0; s < SITES.size(); s++) {
            Site site = SITES.get(s);
            double y = 40 + s * 400;
            zones.add(new Zone(site.zone(), site.name(), site.kind(), x, y, 600, 360));
            components.add(Component.of(site.host(), site.name() + " platform", site.hostKind(), site.zone(),
                    x + 100, y + 180));
            links.add(new Link(site.zone() + ".uplink", site.host(), "internet", Medium.INTERNET));
        }
        for (int i = 0; i < LINES.size(); i++) {
            Line line = LINES.get(i);
            Site site = SITES.get(line.site());
            components.add(Component.of(line.backendId(), line.name() + " backend", ComponentKind.BACKEND, null,
                    x + 200 + 50 * (i % 6), 40 + line.site() * 400 + 60 + 40 * (i % 3)).withHostedOn(site.host()));
        }
        for (SharedBackend shared : SHARED_BACKENDS) {
            components.add(Component.of(shared.id(), shared.name(), ComponentKind.BACKEND, null, x + 450,
                    40 + shared.site() * 400 + 300).withHostedOn(SITES.get(shared.site()).host()));
        }
    }

    private void addHome(int index) {
        String zone = "home-" + index;
        double left = (index % HOMES_PER_ROW) * HOME_WIDTH;
        double top = (index / HOMES_PER_ROW) * HOME_HEIGHT;
        zones.add(new Zone(zone, "Customer home " + index, ZoneKind.CUSTOMER_ENVIRONMENT, left, top,
                HOME_WIDTH - 20, HOME_HEIGHT - 20));
        String router = zone + ".router";
        components.add(Component.of(router, "Wi-Fi router", ComponentKind.WIFI_ROUTER, zone, left + 300, top + 240));
        links.add(new Link(zone + ".wan", router, "internet", Medium.INTERNET));

        // Which lines this home owns: 2 to 6 devices; the first homes cover every line once.
        int deviceCount = 2 + random.nextInt(5);
        int[] deviceLines = new int[deviceCount];
        for (int d = 0; d < deviceCount; d++) {
            deviceLines[d] = d == 0 && index < LINES.size() ? index : random.nextInt(LINES.size());
        }
        boolean[] owned = new boolean[LINES.size()];
        boolean needsHub = false;
        for (int line : deviceLines) {
            owned[line] = true;
            needsHub |= LINES.get(line).viaHub();
        }

        String hub = zone + ".hub";
        if (needsHub) {
            components.add(Component.of(hub, "Smart-home hub", ComponentKind.IOT_GATEWAY, zone, left + 160,
                    top + 240));
            links.add(new Link(zone + ".l-hub", hub, router, Medium.ETHERNET));
        }
        String[] devices = new String[deviceCount];
        for (int d = 0; d < deviceCount; d++) {
            Line line = LINES.get(deviceLines[d]);
            devices[d] = zone + "." + line.key() + "-" + d;
            components.add(Component.of(devices[d], line.name(), ComponentKind.IOT_DEVICE, zone, left + 40 + 60 * d,
                    top + 60));
            links.add(new Link(zone + ".l-" + d, devices[d], line.viaHub() ? hub : router, line.medium()));
            devicesByLine.get(deviceLines[d]).add(devices[d]);
            addFlow(zone, devices[d], line.backendId(), "telemetry", deviceProtection());
            if (line.sharedBackend() != null && random.nextBoolean()) {
                addFlow(zone, devices[d], line.sharedBackend(), "energy and media", deviceProtection());
            }
        }

        String phone = zone + ".phone";
        components.add(Component.of(phone, "Customer phone", ComponentKind.SMARTPHONE, zone, left + 300, top + 120));
        links.add(new Link(zone + ".l-phone", phone, router, Medium.WIFI));
        for (int l = 0; l < LINES.size(); l++) {
            if (!owned[l]) {
                continue;
            }
            Line line = LINES.get(l);
            String app = zone + ".app-" + line.key();
            components.add(Component.of(app, line.name() + " app", ComponentKind.MOBILE_APP, null,
                    left + 260 + 10 * l, top + 110).withHostedOn(phone));
            addFlow(zone, app, line.backendId(), "control and account", random.nextInt(4) == 0
                    ? Protection.APPLICATION : Protection.TRANSPORT);
            for (int d = 0; d < deviceCount; d++) {
                if (deviceLines[d] == l) {
                    addFlow(zone, app, devices[d], "local control", localProtection());
                }
            }
        }

        boolean desktopLines = false;
        for (int l = 0; l < LINES.size(); l++) {
            desktopLines |= owned[l] && LINES.get(l).desktopApp();
        }
        if (desktopLines && random.nextInt(3) == 0) {
            String pc = zone + ".pc";
            components.add(Component.of(pc, "Home PC", ComponentKind.PC, zone, left + 160, top + 120));
            links.add(new Link(zone + ".l-pc", pc, router, Medium.ETHERNET));
            for (int l = 0; l < LINES.size(); l++) {
                Line line = LINES.get(l);
                if (owned[l] && line.desktopApp()) {
                    String app = zone + ".desktop-" + line.key();
                    components.add(Component.of(app, line.name() + " desktop app", ComponentKind.DESKTOP_APP, null,
                            left + 150 + 10 * l, top + 110).withHostedOn(pc));
                    addFlow(zone, app, line.backendId(), "history and settings", Protection.TRANSPORT);
                }
            }
        }
    }

    private void addFlow(String zone, String from, String to, String label, Protection protection) {
        flows.add(Flow.of(zone + ".f" + flows.size(), from, to, label, protection));
    }

    /** Device to cloud: mostly end-to-end or TLS, a few legacy devices in the clear. */
    private Protection deviceProtection() {
        int roll = random.nextInt(10);
        return roll < 5 ? Protection.APPLICATION : roll < 9 ? Protection.TRANSPORT : Protection.NONE;
    }

    /** App to device on the home network: often unprotected or TLS only. */
    private Protection localProtection() {
        int roll = random.nextInt(10);
        return roll < 3 ? Protection.NONE : roll < 6 ? Protection.TRANSPORT : Protection.APPLICATION;
    }
}
