package dev.productscope.model;

import static dev.productscope.model.JsonPath.index;
import static dev.productscope.model.JsonPath.key;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks a model's references and values; every problem is reported, not just the first. */
final class ModelValidator {

    /** Ids are used on the command line and in reports, so they stay plain. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    static final Pattern CHECKLIST_KEY = Pattern.compile(ID.pattern() + "(@" + ID.pattern() + ")?");

    private static final String HOST_KINDS = java.util.Arrays.stream(ComponentKind.values())
            .filter(ComponentKind::isHost).map(ComponentKind::id).collect(Collectors.joining(", "));
    private static final String SOFTWARE_KINDS = java.util.Arrays.stream(ComponentKind.values())
            .filter(ComponentKind::isSoftware).map(ComponentKind::id).collect(Collectors.joining(", "));

    private final Model model;
    private final List<ModelProblem> problems = new ArrayList<>();
    private final Map<String, String> firstUseOfId = new HashMap<>();

    ModelValidator(Model model) {
        this.model = model;
    }

    List<ModelProblem> validate() {
        if (model.name().isBlank()) {
            add("$.name", "the model has no name");
        }
        for (int i = 0; i < model.zones().size(); i++) {
            checkZone(index("$.zones", i), model.zones().get(i));
        }
        for (int i = 0; i < model.components().size(); i++) {
            checkComponent(index("$.components", i), model.components().get(i));
        }
        for (int i = 0; i < model.links().size(); i++) {
            checkLink(index("$.links", i), model.links().get(i));
        }
        for (int i = 0; i < model.flows().size(); i++) {
            checkFlow(index("$.flows", i), model.flows().get(i));
        }
        for (int i = 0; i < model.products().size(); i++) {
            checkProduct(index("$.products", i), model.products().get(i));
        }
        return List.copyOf(problems);
    }

    private void add(String path, String message) {
        problems.add(new ModelProblem(path, message));
    }

    private void checkId(String path, String what, String id) {
        String idPath = key(path, "id");
        if (!ID.matcher(id).matches()) {
            add(idPath, what + " id '" + id + "' is not a valid id: use 1 to 100 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit");
        }
        String first = firstUseOfId.putIfAbsent(id, path);
        if (first != null) {
            add(idPath, "id '" + id + "' is already used at " + first + "; ids must be unique across zones,"
                    + " components, links, flows and products");
        }
    }

    private void checkName(String path, String what, String id, String name) {
        if (name.isBlank()) {
            add(key(path, "name"), what + " '" + id + "' has an empty name");
        }
    }

    private void checkZone(String path, Zone zone) {
        checkId(path, "zone", zone.id());
        checkName(path, "zone", zone.id(), zone.name());
        checkFinite(path, "zone", zone.id(), "x", zone.x());
        checkFinite(path, "zone", zone.id(), "y", zone.y());
        checkSize(path, "zone", zone.id(), "width", zone.width());
        checkSize(path, "zone", zone.id(), "height", zone.height());
    }

    private void checkComponent(String path, Component component) {
        String id = component.id();
        checkId(path, "component", id);
        checkName(path, "component", id, component.name());
        checkFinite(path, "component", id, "x", component.x());
        checkFinite(path, "component", id, "y", component.y());
        if (component.width() != null) {
            checkSize(path, "component", id, "width", component.width());
        }
        if (component.height() != null) {
            checkSize(path, "component", id, "height", component.height());
        }
        if (component.zone() != null && model.zone(component.zone()).isEmpty()) {
            add(key(path, "zone"), "component '" + id + "' is in zone '" + component.zone()
                    + "', which does not exist");
        }
        if (component.hostedOn() != null) {
            checkHost(path, component);
        }
        if (component.productSpecific() != null && model.product(component.productSpecific()).isEmpty()) {
            add(key(path, "productSpecific"), "component '" + id + "' is specific to product '"
                    + component.productSpecific() + "', which does not exist");
        }
    }

    private void checkHost(String path, Component component) {
        String hostPath = key(path, "hostedOn");
        String id = component.id();
        if (!component.kind().isSoftware()) {
            add(hostPath, "component '" + id + "' is " + withArticle(component.kind().id()) + ", which cannot be hosted;"
                    + " only software (" + SOFTWARE_KINDS + ") runs on a host");
        }
        if (component.hostedOn().equals(id)) {
            add(hostPath, "component '" + id + "' is hosted on itself");
            return;
        }
        model.component(component.hostedOn()).ifPresentOrElse(host -> {
            if (!host.kind().isHost()) {
                add(hostPath, "component '" + id + "' is hosted on '" + host.id() + "', " + withArticle(host.kind().id())
                        + ", which cannot host software; hosts are " + HOST_KINDS);
            }
        }, () -> add(hostPath, "component '" + id + "' is hosted on '" + component.hostedOn()
                + "', which does not exist"));
    }

    private void checkLink(String path, Link link) {
        checkId(path, "link", link.id());
        checkLinkEnd(path, link, "a", link.a());
        checkLinkEnd(path, link, "b", link.b());
        if (link.a().equals(link.b())) {
            add(key(path, "b"), "link '" + link.id() + "' connects '" + link.a() + "' to itself");
        }
    }

    private void checkLinkEnd(String path, Link link, String end, String componentId) {
        model.component(componentId).ifPresentOrElse(component -> {
            if (component.isHosted() && component.kind().isSoftware()) {
                add(key(path, end), "link '" + link.id() + "' attaches '" + componentId + "', which is software"
                        + " running on '" + component.hostedOn() + "'; attach the link to '"
                        + component.hostedOn() + "' instead");
            }
        }, () -> add(key(path, end), "link '" + link.id() + "' attaches '" + componentId
                + "', which is not a component"));
    }

    private void checkFlow(String path, Flow flow) {
        checkId(path, "flow", flow.id());
        if (model.component(flow.from()).isEmpty()) {
            add(key(path, "from"), "flow '" + flow.id() + "' starts at '" + flow.from() + "', which is not a component");
        }
        if (model.component(flow.to()).isEmpty()) {
            add(key(path, "to"), "flow '" + flow.id() + "' ends at '" + flow.to() + "', which is not a component");
        }
        if (flow.from().equals(flow.to())) {
            add(key(path, "to"), "flow '" + flow.id() + "' goes from '" + flow.from() + "' to itself");
        }
        if (flow.via() != null) {
            for (int i = 0; i < flow.via().size(); i++) {
                String hop = flow.via().get(i);
                if (model.component(hop).isEmpty()) {
                    add(index(key(path, "via"), i), "flow '" + flow.id() + "' is routed via '" + hop
                            + "', which is not a component");
                }
            }
        }
    }

    private void checkProduct(String path, Product product) {
        String id = product.id();
        checkId(path, "product", id);
        checkName(path, "product", id, product.name());
        String devicesPath = key(path, "devices");
        if (product.devices().isEmpty()) {
            add(devicesPath, "product '" + id + "' has no devices; list at least one iot-device component");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < product.devices().size(); i++) {
            String device = product.devices().get(i);
            String devicePath = index(devicesPath, i);
            if (!seen.add(device)) {
                add(devicePath, "product '" + id + "' lists device '" + device + "' twice");
                continue;
            }
            model.component(device).ifPresentOrElse(component -> {
                if (component.kind() != ComponentKind.IOT_DEVICE) {
                    add(devicePath, "product '" + id + "' lists '" + device + "' as a device, but it is "
                            + withArticle(component.kind().id()) + "; devices must be iot-device components");
                }
            }, () -> add(devicePath, "product '" + id + "' lists device '" + device + "', which does not exist"));
        }
        for (String componentId : product.membership().keySet()) {
            if (model.component(componentId).isEmpty()) {
                add(key(key(path, "membership"), componentId), "product '" + id + "' toggles membership of '"
                        + componentId + "', which is not a component");
            }
        }
        // Entries of components that left the product or the diagram are kept as orphans, so only the key's shape is checked.
        for (String itemKey : product.checklist().keySet()) {
            if (!CHECKLIST_KEY.matcher(itemKey).matches()) {
                add(key(key(path, "checklist"), itemKey), "product '" + id + "' has a checklist entry '" + itemKey
                        + "'; a checklist key is an outcome id, or an outcome id, '@' and a component id");
            }
        }
        for (String questionId : product.activities().keySet()) {
            if (!ID.matcher(questionId).matches()) {
                add(key(key(path, "activities"), questionId), "product '" + id + "' answers activity question '"
                        + questionId + "', which is not a valid question id");
            }
        }
    }

    private void checkFinite(String path, String what, String id, String field, double value) {
        if (!Double.isFinite(value)) {
            add(key(path, field), what + " '" + id + "' has a " + field + " that is not a finite number");
        }
    }

    private void checkSize(String path, String what, String id, String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            add(key(path, field), what + " '" + id + "' has " + field + " " + Numbers.format(value)
                    + "; sizes must be greater than 0");
        }
    }

    static String withArticle(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }
}
