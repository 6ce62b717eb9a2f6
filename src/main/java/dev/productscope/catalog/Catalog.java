package dev.productscope.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The standards, outcomes, activities and applicability rules in force: the bundled catalog
 * with any user catalogs laid over it, each entry of a later catalog adding to or replacing
 * the entry of the same id.
 */
public final class Catalog {

    private final List<CatalogInfo> layers;
    private final Map<String, SourceDocument> sources;
    private final Map<String, Reference> references;
    private final Map<String, OutcomeGroup> groups;
    private final Map<String, Outcome> outcomes;
    private final Map<String, MitigationArea> mitigationAreas;
    private final Map<String, Activity> activities;
    private final Map<String, ApplicabilityRule> rules;
    private final Map<String, List<Outcome>> children;
    private final List<SourceDocument> sourcesList;
    private final List<Reference> referencesList;
    private final List<OutcomeGroup> groupsList;
    private final List<Outcome> outcomesList;
    private final List<MitigationArea> mitigationAreasList;
    private final List<Activity> activitiesList;
    private final List<ApplicabilityRule> rulesList;

    public Catalog(CatalogInfo info, List<SourceDocument> sources, List<Reference> references,
                   List<OutcomeGroup> groups, List<Outcome> outcomes, List<MitigationArea> mitigationAreas,
                   List<Activity> activities, List<ApplicabilityRule> rules) {
        this(List.of(info), byId(sources, SourceDocument::id), byId(references, Reference::id),
                byId(groups, OutcomeGroup::id), byId(outcomes, Outcome::id),
                byId(mitigationAreas, MitigationArea::id), byId(activities, Activity::id),
                byId(rules, ApplicabilityRule::id));
    }

    private Catalog(List<CatalogInfo> layers, Map<String, SourceDocument> sources, Map<String, Reference> references,
                    Map<String, OutcomeGroup> groups, Map<String, Outcome> outcomes,
                    Map<String, MitigationArea> mitigationAreas, Map<String, Activity> activities,
                    Map<String, ApplicabilityRule> rules) {
        this.layers = List.copyOf(layers);
        this.sources = Collections.unmodifiableMap(sources);
        this.references = Collections.unmodifiableMap(references);
        this.groups = Collections.unmodifiableMap(groups);
        this.outcomes = Collections.unmodifiableMap(outcomes);
        this.mitigationAreas = Collections.unmodifiableMap(mitigationAreas);
        this.activities = Collections.unmodifiableMap(activities);
        this.rules = Collections.unmodifiableMap(rules);
        Map<String, List<Outcome>> byParent = new LinkedHashMap<>();
        for (Outcome outcome : outcomes.values()) {
            if (outcome.parent() != null) {
                byParent.computeIfAbsent(outcome.parent(), k -> new ArrayList<>()).add(outcome);
            }
        }
        this.children = byParent;
        this.sourcesList = List.copyOf(sources.values());
        this.referencesList = List.copyOf(references.values());
        this.groupsList = List.copyOf(groups.values());
        this.outcomesList = List.copyOf(outcomes.values());
        this.mitigationAreasList = List.copyOf(mitigationAreas.values());
        this.activitiesList = List.copyOf(activities.values());
        this.rulesList = List.copyOf(rules.values());
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        Map<String, T> result = new LinkedHashMap<>();
        for (T value : values) {
            result.put(id.apply(value), value);
        }
        return result;
    }

    /** This catalog with {@code overlay}'s entries added, or put in place of those with the same id. */
    public Catalog overlay(Catalog overlay) {
        List<CatalogInfo> allLayers = new ArrayList<>(layers);
        allLayers.addAll(overlay.layers);
        return new Catalog(allLayers, merge(sources, overlay.sources), merge(references, overlay.references),
                merge(groups, overlay.groups), merge(outcomes, overlay.outcomes),
                merge(mitigationAreas, overlay.mitigationAreas), merge(activities, overlay.activities),
                merge(rules, overlay.rules));
    }

    private static <T> Map<String, T> merge(Map<String, T> base, Map<String, T> overlay) {
        Map<String, T> result = new LinkedHashMap<>(base);
        result.putAll(overlay);
        return result;
    }

    /** The catalog files in force, bundled first. */
    public List<CatalogInfo> layers() {
        return layers;
    }

    /** "NIST IoT product baseline 2024.1 (bundled); Acme additions 3 (acme.json)". */
    public String describe() {
        return String.join("; ", layers.stream().map(CatalogInfo::label).toList());
    }

    public List<SourceDocument> sources() {
        return sourcesList;
    }

    public Optional<SourceDocument> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public List<Reference> references() {
        return referencesList;
    }

    public Optional<Reference> reference(String id) {
        return Optional.ofNullable(references.get(id));
    }

    public List<OutcomeGroup> groups() {
        return groupsList;
    }

    public Optional<OutcomeGroup> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    public List<Outcome> outcomes() {
        return outcomesList;
    }

    public Optional<Outcome> outcome(String id) {
        return Optional.ofNullable(outcomes.get(id));
    }

    public List<Outcome> childrenOf(String outcomeId) {
        return children.getOrDefault(outcomeId, List.of());
    }

    /** The outcomes a checklist uses for {@code outcomeId}: its leaves, or itself when it has no children. */
    public List<Outcome> leavesOf(String outcomeId) {
        Outcome outcome = outcomes.get(outcomeId);
        if (outcome == null) {
            return List.of();
        }
        List<Outcome> result = new ArrayList<>();
        collectLeaves(outcome, result, 0);
        return result;
    }

    private void collectLeaves(Outcome outcome, List<Outcome> into, int depth) {
        List<Outcome> below = children.getOrDefault(outcome.id(), List.of());
        if (below.isEmpty() || depth > 16) {
            into.add(outcome);
            return;
        }
        for (Outcome child : below) {
            collectLeaves(child, into, depth + 1);
        }
    }

    /** The outcome's headings, outermost first, not counting itself. */
    public List<Outcome> ancestorsOf(String outcomeId) {
        List<Outcome> result = new ArrayList<>();
        Outcome current = outcomes.get(outcomeId);
        while (current != null && current.parent() != null && result.size() < 16) {
            current = outcomes.get(current.parent());
            if (current != null) {
                result.add(0, current);
            }
        }
        return result;
    }

    public List<MitigationArea> mitigationAreas() {
        return mitigationAreasList;
    }

    public List<Activity> activities() {
        return activitiesList;
    }

    public Optional<Activity> activity(String id) {
        return Optional.ofNullable(activities.get(id));
    }

    /** Every question of every activity, in activity order. */
    public List<Question> questions() {
        List<Question> result = new ArrayList<>();
        activities.values().forEach(activity -> result.addAll(activity.questions()));
        return result;
    }

    public List<ApplicabilityRule> rules() {
        return rulesList;
    }

    public Optional<ApplicabilityRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
