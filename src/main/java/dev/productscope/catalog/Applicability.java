package dev.productscope.catalog;

import dev.productscope.analysis.Analysis;
import dev.productscope.model.Component;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, from the catalog's rules, which references, outcomes and notes apply to each
 * component (as it stands in each product) and to each product. Results are computed when
 * first asked for and kept, so a view showing one component does not pay for all of them.
 */
public final class Applicability {

    private final Catalog catalog;
    private final Analysis analysis;
    private final Map<String, Applicable> byComponentInProduct = new HashMap<>();
    private final Map<String, Applicable> byComponent = new HashMap<>();
    private final Map<String, Applicable> byProduct = new HashMap<>();
    /** Many components stand alike (every home's bulb); the rules are evaluated once per distinct subject. */
    private final Map<Condition.Subject, Applicable> bySubject = new HashMap<>();
    private final Map<String, List<String>> productsOf = new HashMap<>();
    private Map<String, Integer> componentOrder;

    public Applicability(Catalog catalog, Analysis analysis) {
        this.catalog = catalog;
        this.analysis = analysis;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Analysis analysis() {
        return analysis;
    }

    /** What applies to the component as it stands in the product: in it, or out of it. */
    public Applicable forComponentIn(String componentId, String productId) {
        return byComponentInProduct.computeIfAbsent(componentId + '\u0000' + productId, k -> {
            Model model = analysis.model();
            Component component = model.component(componentId).orElse(null);
            Product product = model.product(productId).orElse(null);
            if (component == null || product == null) {
                return Applicable.NOTHING;
            }
            return evaluate(RuleScope.COMPONENT, subject(component, product));
        });
    }

    /**
     * What applies to the component across the model: the union over the products it is in,
     * or, when it is in none, over the products it stands outside of.
     */
    public Applicable forComponent(String componentId) {
        return byComponent.computeIfAbsent(componentId, id -> {
            Model model = analysis.model();
            Component component = model.component(id).orElse(null);
            if (component == null) {
                return Applicable.NOTHING;
            }
            List<String> in = productsOf(id);
            List<Applicable> parts = new ArrayList<>();
            if (!in.isEmpty()) {
                in.forEach(productId -> parts.add(forComponentIn(id, productId)));
            } else if (!model.products().isEmpty()) {
                // Out of every product, only the sector tells the products apart: one product per sector will do.
                Map<dev.productscope.model.Sector, Product> bySector = new LinkedHashMap<>();
                model.products().forEach(p -> bySector.putIfAbsent(p.effectiveSector(), p));
                bySector.values().forEach(p -> parts.add(forComponentIn(id, p.id())));
            } else {
                parts.add(evaluate(RuleScope.COMPONENT, subject(component, null)));
            }
            return parts.size() == 1 ? parts.get(0) : union(parts);
        });
    }

    /** The products the component is in, in model order; asked often, so kept. */
    public List<String> productsOf(String componentId) {
        return productsOf.computeIfAbsent(componentId, analysis::productsOf);
    }

    /** The in-product components of the product: its devices first, then the others in model order. */
    public List<String> membersOf(String productId) {
        if (componentOrder == null) {
            componentOrder = new HashMap<>();
            List<Component> components = analysis.model().components();
            for (int i = 0; i < components.size(); i++) {
                componentOrder.put(components.get(i).id(), i);
            }
        }
        List<String> devices = analysis.model().product(productId).map(Product::devices).orElse(List.of());
        Map<String, Integer> deviceOrder = new HashMap<>();
        for (int i = 0; i < devices.size(); i++) {
            deviceOrder.put(devices.get(i), i);
        }
        List<String> members = new ArrayList<>(analysis.product(productId)
                .map(summary -> summary.components()).orElse(List.of()));
        members.sort(java.util.Comparator.<String>comparingInt(id -> deviceOrder.getOrDefault(id, devices.size()))
                .thenComparingInt(id -> componentOrder.getOrDefault(id, Integer.MAX_VALUE)));
        return members;
    }

    /** What applies to the product as a whole: its non-technical outcomes and sector additions. */
    public Applicable forProduct(String productId) {
        return byProduct.computeIfAbsent(productId, id -> analysis.model().product(id)
                .map(p -> evaluate(RuleScope.PRODUCT, Condition.Subject.product(p.effectiveSector())))
                .orElse(Applicable.NOTHING));
    }

    private Condition.Subject subject(Component component, Product product) {
        Model model = analysis.model();
        String id = component.id();
        Component host = component.hostedOn() == null ? null : model.component(component.hostedOn()).orElse(null);
        return new Condition.Subject(component.kind(), component.category(), analysis.locality(id),
                component.effectiveDeveloper(), host == null ? null : host.kind(),
                analysis.effectiveZone(id).map(Zone::kind).orElse(null), analysis.roles(id).operator(),
                product == null ? null : product.effectiveSector(),
                product != null && analysis.isIn(id, product.id()), productsOf(id).size() >= 2);
    }

    private Applicable evaluate(RuleScope scope, Condition.Subject subject) {
        if (scope == RuleScope.COMPONENT) {
            Applicable known = bySubject.get(subject);
            if (known == null) {
                known = evaluateRules(scope, subject);
                bySubject.put(subject, known);
            }
            return known;
        }
        return evaluateRules(scope, subject);
    }

    private Applicable evaluateRules(RuleScope scope, Condition.Subject subject) {
        Map<String, List<Reason>> references = new HashMap<>();
        Map<String, List<Reason>> outcomes = new HashMap<>();
        List<AppliedNote> notes = new ArrayList<>();
        for (ApplicabilityRule rule : catalog.rules()) {
            if (rule.scope() != scope || !rule.when().matches(subject)) {
                continue;
            }
            Reason reason = Reason.of(rule);
            rule.references().forEach(ref -> references.computeIfAbsent(ref, k -> new ArrayList<>()).add(reason));
            for (String outcomeId : rule.outcomes()) {
                for (Outcome leaf : catalog.leavesOf(outcomeId)) {
                    outcomes.computeIfAbsent(leaf.id(), k -> new ArrayList<>()).add(reason);
                }
            }
            if (rule.note() != null) {
                notes.add(new AppliedNote(rule.note(), reason));
            }
        }
        return inCatalogOrder(references, outcomes, notes);
    }

    private Applicable inCatalogOrder(Map<String, List<Reason>> references, Map<String, List<Reason>> outcomes,
                                      List<AppliedNote> notes) {
        List<AppliedReference> appliedReferences = new ArrayList<>();
        for (Reference reference : catalog.references()) {
            List<Reason> reasons = references.get(reference.id());
            if (reasons != null) {
                appliedReferences.add(new AppliedReference(reference, reasons));
            }
        }
        List<AppliedOutcome> appliedOutcomes = new ArrayList<>();
        for (Outcome outcome : catalog.outcomes()) {
            List<Reason> reasons = outcomes.get(outcome.id());
            if (reasons != null) {
                appliedOutcomes.add(new AppliedOutcome(outcome, reasons));
            }
        }
        return new Applicable(appliedReferences, appliedOutcomes, notes);
    }

    private Applicable union(List<Applicable> parts) {
        Map<String, List<Reason>> references = new LinkedHashMap<>();
        Map<String, List<Reason>> outcomes = new LinkedHashMap<>();
        Set<AppliedNote> notes = new LinkedHashSet<>();
        for (Applicable part : parts) {
            part.references().forEach(r -> addAll(references, r.reference().id(), r.reasons()));
            part.outcomes().forEach(o -> addAll(outcomes, o.outcome().id(), o.reasons()));
            notes.addAll(part.notes());
        }
        return inCatalogOrder(references, outcomes, new ArrayList<>(notes));
    }

    private static void addAll(Map<String, List<Reason>> into, String id, List<Reason> reasons) {
        List<Reason> list = into.computeIfAbsent(id, k -> new ArrayList<>());
        for (Reason reason : reasons) {
            if (!list.contains(reason)) {
                list.add(reason);
            }
        }
    }
}
