package dev.productscope.io;

import static dev.productscope.model.JsonPath.key;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Developer;
import dev.productscope.model.Flow;
import dev.productscope.model.JsonEnum;
import dev.productscope.model.Link;
import dev.productscope.model.Medium;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.ModelProblem;
import dev.productscope.model.OwnerRole;
import dev.productscope.model.Product;
import dev.productscope.model.Protection;
import dev.productscope.model.Sector;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the JSON tree of a current-version model file into a {@link Model}, collecting a
 * located problem for every key, type and value that is wrong. Returns {@code null} when
 * any problem was found.
 */
final class ModelDecoder {

    private final List<ModelProblem> problems = new ArrayList<>();

    List<ModelProblem> problems() {
        return problems;
    }

    Model decode(JsonNode root) {
        ObjectFields fields = new ObjectFields(root, "$", "the model", ModelFormat.MODEL_KEYS, problems);
        String name = fields.requiredString("name");
        String description = fields.optionalString("description");
        List<Zone> zones = fields.decodedList("zones", this::zone);
        List<Component> components = fields.decodedList("components", this::component);
        List<Link> links = fields.decodedList("links", this::link);
        List<Flow> flows = fields.decodedList("flows", this::flow);
        List<Product> products = fields.decodedList("products", this::product);
        if (!problems.isEmpty() || name == null) {
            return null;
        }
        return new Model(name, description, zones, components, links, flows, products, fields.extensions());
    }

    private static String what(String noun, JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isTextual() ? noun + " '" + id.textValue() + "'" : noun + " without an id";
    }

    private Zone zone(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, what("zone", node), ModelFormat.ZONE_KEYS, problems);
        String id = f.requiredString("id");
        String name = f.requiredString("name");
        ZoneKind kind = f.enumValue("kind", ZoneKind.class, "zone kind", true);
        Double x = f.number("x", true);
        Double y = f.number("y", true);
        Double width = f.number("width", true);
        Double height = f.number("height", true);
        if (f.broken()) {
            return null;
        }
        return new Zone(id, name, kind, x, y, width, height, f.extensions());
    }

    private Component component(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, what("component", node), ModelFormat.COMPONENT_KEYS,
                problems);
        String id = f.requiredString("id");
        String name = f.requiredString("name");
        ComponentKind kind = f.enumValue("kind", ComponentKind.class, "component kind", true);
        String zone = f.optionalString("zone");
        String hostedOn = f.optionalString("hostedOn");
        String productSpecific = f.optionalString("productSpecific");
        Boolean required = f.optionalBoolean("required");
        Developer developer = f.enumValue("developer", Developer.class, "developer", false);
        Boolean access = f.optionalBoolean("applicationLayerAccess");
        Double x = f.number("x", true);
        Double y = f.number("y", true);
        Double width = f.number("width", false);
        Double height = f.number("height", false);
        if (f.broken()) {
            return null;
        }
        return new Component(id, name, kind, zone, hostedOn, productSpecific, required, developer, access, x, y,
                width, height, f.extensions());
    }

    private Link link(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, what("link", node), ModelFormat.LINK_KEYS, problems);
        String id = f.requiredString("id");
        String a = f.requiredString("a");
        String b = f.requiredString("b");
        Medium medium = f.enumValue("medium", Medium.class, "medium", true);
        if (f.broken()) {
            return null;
        }
        return new Link(id, a, b, medium, f.extensions());
    }

    private Flow flow(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, what("flow", node), ModelFormat.FLOW_KEYS, problems);
        String id = f.requiredString("id");
        String from = f.requiredString("from");
        String to = f.requiredString("to");
        String label = f.optionalString("label");
        Boolean bidirectional = f.optionalBoolean("bidirectional");
        List<String> data = f.stringList("data", false);
        Protection protection = f.enumValue("protection", Protection.class, "protection", false);
        List<String> via = f.stringList("via", false);
        if (f.broken()) {
            return null;
        }
        return new Flow(id, from, to, label, bidirectional, data, protection, via, f.extensions());
    }

    private Product product(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, what("product", node), ModelFormat.PRODUCT_KEYS, problems);
        String id = f.requiredString("id");
        String name = f.requiredString("name");
        List<String> devices = f.stringList("devices", true);
        Sector sector = f.enumValue("sector", Sector.class, "sector", false);
        Map<String, MembershipToggle> membership = new LinkedHashMap<>();
        f.stringMap("membership").forEach((componentId, value) -> {
            MembershipToggle toggle = JsonEnum.byId(MembershipToggle.class, value).orElse(null);
            if (toggle == null) {
                problems.add(new ModelProblem(key(key(path, "membership"), componentId), "unknown membership '"
                        + value + "' for '" + componentId + "'; expected in or out"));
            } else {
                membership.put(componentId, toggle);
            }
        });
        Map<String, ChecklistEntry> checklist = new LinkedHashMap<>();
        f.objectMap("checklist").forEach((itemKey, value) -> {
            ChecklistEntry entry = checklistEntry(value, key(key(path, "checklist"), itemKey), itemKey);
            if (entry != null) {
                checklist.put(itemKey, entry);
            }
        });
        Map<String, ActivityAnswer> activities = new LinkedHashMap<>();
        f.objectMap("activities").forEach((questionId, value) -> {
            ActivityAnswer answer = activityAnswer(value, key(key(path, "activities"), questionId), questionId);
            if (answer != null) {
                activities.put(questionId, answer);
            }
        });
        if (f.broken()) {
            return null;
        }
        return new Product(id, name, devices, sector, membership, new TreeMap<>(checklist), new TreeMap<>(activities),
                f.extensions());
    }

    private ChecklistEntry checklistEntry(JsonNode node, String path, String itemKey) {
        ObjectFields f = new ObjectFields(node, path, "checklist entry '" + itemKey + "'",
                ModelFormat.CHECKLIST_ENTRY_KEYS, problems);
        ChecklistStatus status = f.enumValue("status", ChecklistStatus.class, "checklist status", true);
        OwnerRole owner = f.enumValue("owner", OwnerRole.class, "owner role", false);
        String justification = f.optionalString("justification");
        String evidence = f.optionalString("evidence");
        if (f.broken()) {
            return null;
        }
        return new ChecklistEntry(status, owner, justification, evidence, f.extensions());
    }

    private ActivityAnswer activityAnswer(JsonNode node, String path, String questionId) {
        ObjectFields f = new ObjectFields(node, path, "answer to '" + questionId + "'", ModelFormat.ACTIVITY_ANSWER_KEYS,
                problems);
        AnswerStatus status = f.enumValue("status", AnswerStatus.class, "answer status", true);
        String answer = f.optionalString("answer");
        if (f.broken()) {
            return null;
        }
        return new ActivityAnswer(status, answer, f.extensions());
    }
}
