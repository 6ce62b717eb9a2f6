package dev.productscope.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds random valid models for property tests: every kind, trait and optional value. */
public final class RandomModels {

    private static final String[] NAME_PARTS = {"Smart bulb", "Hub", "Küche", "☁ cloud", "a \"quoted\" name",
        "back\\slash", "tab\there", "line\nbreak", "emoji 🚀", "  padded  ", "日本語", "x", "</script>"};

    private final Random random;
    private int next;

    public RandomModels(Random random) {
        this.random = random;
    }

    public Model model() {
        List<Zone> zones = new ArrayList<>();
        int zoneCount = random.nextInt(4);
        for (int i = 0; i < zoneCount; i++) {
            zones.add(new Zone("z" + next++, name(), pick(ZoneKind.values()), coordinate(), coordinate(), size(),
                    size(), extensions()));
        }
        List<Component> components = new ArrayList<>();
        int componentCount = 1 + random.nextInt(12);
        for (int i = 0; i < componentCount; i++) {
            components.add(component(zones, components));
        }
        if (components.stream().noneMatch(c -> c.kind() == ComponentKind.IOT_DEVICE) && random.nextBoolean()) {
            components.add(Component.of("d" + next++, name(), ComponentKind.IOT_DEVICE, null, coordinate(),
                    coordinate()));
        }
        List<Link> links = links(components);
        List<Flow> flows = flows(components);
        List<Product> products = products(components);
        for (int i = 0; i < products.size() && !components.isEmpty(); i++) {
            if (random.nextInt(4) == 0) {
                Component c = components.get(random.nextInt(components.size()));
                components.set(components.indexOf(c), c.withProductSpecific(products.get(i).id()));
            }
        }
        return new Model(name(), random.nextBoolean() ? null : name(), zones, components, links, flows, products,
                extensions());
    }

    private Component component(List<Zone> zones, List<Component> earlier) {
        ComponentKind kind = pick(ComponentKind.values());
        List<Component> hosts = earlier.stream().filter(c -> c.kind().isHost()).toList();
        String hostedOn = kind.isSoftware() && !hosts.isEmpty() && random.nextBoolean()
                ? hosts.get(random.nextInt(hosts.size())).id() : null;
        String zone = !zones.isEmpty() && random.nextInt(3) > 0 ? zones.get(random.nextInt(zones.size())).id() : null;
        return new Component("c" + next++, name(), kind, zone, hostedOn, null, maybeBoolean(),
                random.nextBoolean() ? null : pick(Developer.values()), maybeBoolean(), coordinate(), coordinate(),
                random.nextBoolean() ? null : size(), random.nextBoolean() ? null : size(), extensions());
    }

    private List<Link> links(List<Component> components) {
        List<Component> equipment = components.stream().filter(c -> !c.isHosted()).toList();
        List<Link> links = new ArrayList<>();
        for (int i = 0; equipment.size() > 1 && i < random.nextInt(8); i++) {
            Component a = equipment.get(random.nextInt(equipment.size()));
            Component b = equipment.get(random.nextInt(equipment.size()));
            if (a != b) {
                links.add(new Link("l" + next++, a.id(), b.id(), pick(Medium.values()), extensions()));
            }
        }
        return links;
    }

    private List<Flow> flows(List<Component> components) {
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; components.size() > 1 && i < random.nextInt(8); i++) {
            Component from = components.get(random.nextInt(components.size()));
            Component to = components.get(random.nextInt(components.size()));
            if (from == to) {
                continue;
            }
            List<String> data = random.nextBoolean() ? null : List.of(name(), name()).subList(0, random.nextInt(3));
            List<String> via = random.nextInt(4) > 0 ? null
                    : List.of(components.get(random.nextInt(components.size())).id());
            flows.add(new Flow("f" + next++, from.id(), to.id(), random.nextBoolean() ? null : name(),
                    maybeBoolean(), data, random.nextBoolean() ? null : pick(Protection.values()), via, extensions()));
        }
        return flows;
    }

    private List<Product> products(List<Component> components) {
        List<String> devices = components.stream().filter(c -> c.kind() == ComponentKind.IOT_DEVICE)
                .map(Component::id).toList();
        List<Product> products = new ArrayList<>();
        for (int i = 0; !devices.isEmpty() && i < random.nextInt(4); i++) {
            List<String> mine = new ArrayList<>();
            for (String device : devices) {
                if (mine.isEmpty() || random.nextBoolean()) {
                    mine.add(device);
                }
            }
            Map<String, MembershipToggle> membership = new LinkedHashMap<>();
            for (Component c : components) {
                if (random.nextInt(5) == 0) {
                    membership.put(c.id(), pick(MembershipToggle.values()));
                }
            }
            Map<String, ChecklistEntry> checklist = new LinkedHashMap<>();
            Map<String, ActivityAnswer> activities = new LinkedHashMap<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                String component = components.get(random.nextInt(components.size())).id();
                String key = random.nextBoolean() ? "ir8425-dp-1a@" + component : "doc-1" + (char) ('a' + k);
                checklist.put(key, new ChecklistEntry(pick(ChecklistStatus.values()),
                        random.nextBoolean() ? null : pick(OwnerRole.values()), random.nextBoolean() ? null : name(),
                        random.nextBoolean() ? null : name(), extensions()));
                activities.put("a" + k + "-q" + random.nextInt(9), new ActivityAnswer(pick(AnswerStatus.values()),
                        random.nextBoolean() ? null : name() + "\n" + name(), extensions()));
            }
            products.add(new Product("p" + next++, name(), mine, random.nextBoolean() ? null : pick(Sector.values()),
                    membership, new java.util.TreeMap<>(checklist), new java.util.TreeMap<>(activities),
                    extensions()));
        }
        return products;
    }

    private Extensions extensions() {
        if (random.nextInt(4) > 0) {
            return Extensions.none();
        }
        Map<String, String> values = new LinkedHashMap<>();
        String[] samples = {"1", "-2.50", "true", "null", "\"text\"", "[1,\"a\",{\"k\":false}]", "{\"nested\":{\"deep\":[]}}",
            "\"caf\u00e9 \\\"quoted\\\"\"", "1.0E+3"};
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            values.put("x-" + name().replaceAll("[^A-Za-z0-9]", "") + i, samples[random.nextInt(samples.length)]);
        }
        return new Extensions(values);
    }

    private String name() {
        String name = NAME_PARTS[random.nextInt(NAME_PARTS.length)];
        return random.nextBoolean() ? name : name + " " + random.nextInt(1000);
    }

    private Boolean maybeBoolean() {
        int r = random.nextInt(3);
        return r == 0 ? null : r == 1;
    }

    private double coordinate() {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(4000) - 1000;
            case 1 -> (random.nextInt(80000) - 20000) / 8.0;
            default -> random.nextDouble() * 10000 - 2000;
        };
    }

    private double size() {
        return random.nextBoolean() ? 1 + random.nextInt(900) : 0.5 + random.nextDouble() * 500;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
