package dev.productscope.io;

import static dev.productscope.model.JsonPath.index;
import static dev.productscope.model.JsonPath.key;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productscope.analysis.Locality;
import dev.productscope.analysis.Operator;
import dev.productscope.catalog.Activity;
import dev.productscope.catalog.ApplicabilityRule;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.CatalogInfo;
import dev.productscope.catalog.Citation;
import dev.productscope.catalog.Condition;
import dev.productscope.catalog.GroupKind;
import dev.productscope.catalog.MitigationArea;
import dev.productscope.catalog.Outcome;
import dev.productscope.catalog.OutcomeGroup;
import dev.productscope.catalog.Question;
import dev.productscope.catalog.Reference;
import dev.productscope.catalog.RuleScope;
import dev.productscope.catalog.SourceDocument;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Developer;
import dev.productscope.model.LegendCategory;
import dev.productscope.model.ModelProblem;
import dev.productscope.model.Sector;
import dev.productscope.model.ZoneKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns a catalog file's JSON tree into a {@link Catalog} layer, collecting a located problem
 * for every wrong value and for every id that neither this file nor the catalogs below it define.
 */
final class CatalogDecoder {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private final Catalog base;
    private final List<ModelProblem> problems = new ArrayList<>();
    /** Where each id of this file was defined, per kind of entry, to check references and duplicates. */
    private final Map<String, Map<String, String>> defined = new HashMap<>();
    private final List<String[]> uses = new ArrayList<>();

    /** @param base the catalogs this file is laid over, whose ids it may use; {@code null} for none */
    CatalogDecoder(Catalog base) {
        this.base = base;
    }

    List<ModelProblem> problems() {
        return problems;
    }

    Catalog decode(JsonNode root, String origin) {
        ObjectFields f = new ObjectFields(root, "$", "the catalog", CatalogFormat.ROOT_KEYS, problems);
        String id = f.requiredString("id");
        String catalogVersion = f.requiredString("catalogVersion");
        String title = f.requiredString("title");
        f.optionalString("description");
        List<SourceDocument> sources = f.decodedList("sources", this::source);
        List<Reference> references = f.decodedList("references", this::reference);
        List<OutcomeGroup> groups = f.decodedList("groups", this::group);
        List<Outcome> outcomes = f.decodedList("outcomes", this::outcome);
        List<MitigationArea> areas = f.decodedList("mitigationAreas", this::area);
        List<Activity> activities = f.decodedList("activities", this::activity);
        List<ApplicabilityRule> rules = f.decodedList("rules", this::rule);
        checkUses();
        if (f.broken() || !problems.isEmpty()) {
            return null;
        }
        return new Catalog(new CatalogInfo(id, title, catalogVersion, origin), sources, references, groups, outcomes,
                areas, activities, rules);
    }

    private String id(ObjectFields f, String path, String kind) {
        String id = f.requiredString("id");
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(new ModelProblem(key(path, "id"), kind + " id '" + id + "' is not a valid id: use 1 to 100"
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        String first = defined.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, path);
        if (first != null) {
            problems.add(new ModelProblem(key(path, "id"), kind + " id '" + id + "' is used twice; first at " + first));
        }
        return id;
    }

    /** Records that {@code path} names a {@code kind} with {@code id}, to check once all are read. */
    private void use(String kind, String id, String path) {
        if (id != null) {
            uses.add(new String[] {kind, id, path});
        }
    }

    private void checkUses() {
        for (String[] use : uses) {
            String kind = use[0];
            String id = use[1];
            if (!defined.getOrDefault(kind, Map.of()).containsKey(id) && !inBase(kind, id)) {
                problems.add(new ModelProblem(use[2], "unknown " + kind + " '" + id + "': neither this catalog nor"
                        + " the catalogs below it define it"));
            }
        }
    }

    private boolean inBase(String kind, String id) {
        if (base == null) {
            return false;
        }
        return switch (kind) {
            case "source document" -> base.source(id).isPresent();
            case "reference" -> base.reference(id).isPresent();
            case "outcome group" -> base.group(id).isPresent();
            case "outcome" -> base.outcome(id).isPresent();
            default -> false;
        };
    }

    private Citation citation(ObjectFields parent, String path) {
        JsonNode node = parent.object("source", true);
        if (node == null) {
            return null;
        }
        String at = key(path, "source");
        ObjectFields f = new ObjectFields(node, at, "a source citation", CatalogFormat.CITATION_KEYS, problems);
        String document = f.requiredString("document");
        String section = f.requiredString("section");
        use("source document", document, key(at, "document"));
        return f.broken() ? null : new Citation(document, section);
    }

    private SourceDocument source(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, "a source document", CatalogFormat.SOURCE_KEYS, problems);
        String id = id(f, path, "source document");
        String title = f.requiredString("title");
        String shortName = f.requiredString("shortName");
        Integer year = f.wholeNumber("year", false);
        String url = f.optionalString("url");
        return f.broken() ? null : new SourceDocument(id, shortName, title, year, url);
    }

    private Reference reference(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, "a reference", CatalogFormat.REFERENCE_KEYS, problems);
        String id = id(f, path, "reference");
        String shortName = f.requiredString("shortName");
        String title = f.requiredString("title");
        String publisher = f.requiredString("publisher");
        Integer year = f.wholeNumber("year", false);
        String url = f.optionalString("url");
        return f.broken() ? null : new Reference(id, shortName, title, publisher, year, url);
    }

    private OutcomeGroup group(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, "an outcome group", CatalogFormat.GROUP_KEYS, problems);
        String id = id(f, path, "outcome group");
        String title = f.requiredString("title");
        GroupKind kind = f.enumValue("kind", GroupKind.class, "group kind", true);
        String reference = f.optionalString("reference");
        use("reference", reference, key(path, "reference"));
        return f.broken() ? null : new OutcomeGroup(id, title, kind, reference);
    }

    private Outcome outcome(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, "an outcome", CatalogFormat.OUTCOME_KEYS, problems);
        String id = id(f, path, "outcome");
        String group = f.requiredString("group");
        String parent = f.optionalString("parent");
        String code = f.requiredString("code");
        String title = f.requiredString("title");
        String summary = f.optionalString("summary");
        Citation source = citation(f, path);
        List<String> references = f.stringList("references", false);
        use("outcome group", group, key(path, "group"));
        use("outcome", parent, key(path, "parent"));
        if (parent != null && parent.equals(id)) {
            problems.add(new ModelProblem(key(path, "parent"), "outcome '" + id + "' names itself as its parent"));
        }
        uses(references, "reference", key(path, "references"));
        return f.broken() ? null : new Outcome(id, group, parent, code, title, summary, source, references);
    }

    private void uses(List<String> ids, String kind, String path) {
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                use(kind, ids.get(i), index(path, i));
            }
        }
    }

    private MitigationArea area(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, "a mitigation area", CatalogFormat.AREA_KEYS, problems);
        String id = id(f, path, "mitigation area");
        String title = f.requiredString("title");
        String summary = f.optionalString("summary");
        Citation source = citation(f, path);
        return f.broken() ? null : new MitigationArea(id, title, summary, source);
    }

    private Activity activity(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, "an activity", CatalogFormat.ACTIVITY_KEYS, problems);
        String id = id(f, path, "activity");
        Integer number = f.wholeNumber("number", true);
        String title = f.requiredString("title");
        String section = f.requiredString("section");
        String phase = f.requiredString("phase");
        if (phase != null && !phase.equals("pre-market") && !phase.equals("post-market")) {
            problems.add(new ModelProblem(key(path, "phase"), "unknown phase '" + phase
                    + "'; expected pre-market or post-market"));
        }
        List<Question> questions = f.decodedList("questions", this::question);
        return f.broken() ? null : new Activity(id, number, title, section, phase, questions);
    }

    private Question question(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, "a question", CatalogFormat.QUESTION_KEYS, problems);
        String id = id(f, path, "question");
        String section = f.requiredString("section");
        String topic = f.requiredString("topic");
        String text = f.requiredString("text");
        return f.broken() ? null : new Question(id, section, topic, text);
    }

    private ApplicabilityRule rule(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, "a rule", CatalogFormat.RULE_KEYS, problems);
        String id = id(f, path, "rule");
        RuleScope scope = f.enumValue("scope", RuleScope.class, "rule scope", true);
        JsonNode whenNode = f.object("when", false);
        Condition when = whenNode == null ? Condition.ALWAYS : condition(whenNode, key(path, "when"));
        List<String> references = f.stringList("references", false);
        List<String> outcomes = f.stringList("outcomes", false);
        String note = f.optionalString("note");
        String why = f.requiredString("why");
        Citation source = citation(f, path);
        uses(references, "reference", key(path, "references"));
        uses(outcomes, "outcome", key(path, "outcomes"));
        if (scope == RuleScope.PRODUCT && when != null && when.speaksOfComponents()) {
            problems.add(new ModelProblem(key(path, "when"), "rule '" + id + "' is about a product, so its"
                    + " condition may only name sectors"));
        }
        if (Objects.requireNonNullElse(references, List.of()).isEmpty()
                && Objects.requireNonNullElse(outcomes, List.of()).isEmpty() && note == null) {
            problems.add(new ModelProblem(path, "rule '" + id + "' applies nothing: give it references, outcomes"
                    + " or a note"));
        }
        if (f.broken() || when == null || source == null) {
            return null;
        }
        return new ApplicabilityRule(id, scope, when, references, outcomes, note, why, source);
    }

    private Condition condition(JsonNode node, String path) {
        ObjectFields f = new ObjectFields(node, path, "a rule condition", CatalogFormat.CONDITION_KEYS, problems);
        var kinds = f.enumSet("kinds", ComponentKind.class, "component kind");
        var categories = f.enumSet("categories", LegendCategory.class, "legend category");
        var localities = f.enumSet("localities", Locality.class, "locality");
        var developers = f.enumSet("developers", Developer.class, "developer");
        var hostKinds = f.enumSet("hostKinds", ComponentKind.class, "component kind");
        var zoneKinds = f.enumSet("zoneKinds", ZoneKind.class, "zone kind");
        var operators = f.enumSet("operators", Operator.class, "operator");
        var sectors = f.enumSet("sectors", Sector.class, "sector");
        String membership = f.optionalString("membership");
        Boolean inProduct = null;
        if ("in".equals(membership)) {
            inProduct = true;
        } else if ("out".equals(membership)) {
            inProduct = false;
        } else if (membership != null) {
            problems.add(new ModelProblem(key(path, "membership"), "unknown membership '" + membership
                    + "'; expected in or out"));
        }
        Boolean shared = f.optionalBoolean("shared");
        if (f.broken()) {
            return null;
        }
        return new Condition(kinds, categories, localities, developers, hostKinds, zoneKinds, operators, sectors,
                inProduct, shared);
    }
}
