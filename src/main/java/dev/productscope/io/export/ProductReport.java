package dev.productscope.io.export;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.FlowRoute;
import dev.productscope.analysis.MembershipDecision;
import dev.productscope.analysis.ProductSummary;
import dev.productscope.catalog.Applicable;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.AppliedNote;
import dev.productscope.catalog.AppliedOutcome;
import dev.productscope.catalog.AppliedReference;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.Citation;
import dev.productscope.catalog.Reason;
import dev.productscope.catalog.SourceDocument;
import dev.productscope.io.ChecklistView;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One product's part of the full report: members, what it relies on, flows, what applies and why. */
final class ProductReport {

    private final Applicability applicability;
    private final Analysis analysis;
    private final Model model;
    private final Product product;

    ProductReport(ExportContext context, Product product) {
        this.applicability = context.applicability();
        this.analysis = context.analysis();
        this.model = context.model();
        this.product = product;
    }

    ReportModel.ProductPart part(String anchor, List<ReportModel.FindingRow> allFindings,
                                 ChecklistView.ProductPart checklist) {
        List<String> members = applicability.membersOf(product.id());
        ProductSummary summary = analysis.product(product.id()).orElseThrow();
        List<ReportModel.ApplicablePart> components = members.stream().map(id -> applicable(id,
                name(id), kindOf(id), applicability.forComponentIn(id, product.id()))).toList();
        return new ReportModel.ProductPart(anchor, product.id(), product.name(), product.effectiveSector().id(),
                members.stream().map(this::member).toList(),
                summary.reliesOn().stream().map(id -> named(id, "")).toList(),
                summary.shared().stream().map(id -> named(id, "also in " + otherProducts(id))).toList(),
                flows(Set.copyOf(members)), components,
                applicable(product.id(), "The product as a whole", "", applicability.forProduct(product.id())),
                findingsAbout(allFindings, members), checklist);
    }

    private ReportModel.MemberRow member(String id) {
        MembershipDecision decision = analysis.membership(id, product.id());
        return new ReportModel.MemberRow(id, name(id), kindOf(id), analysis.locality(id).id(),
                decision.rule().name(), decision.reason());
    }

    private ReportModel.NamedRow named(String id, String detail) {
        return new ReportModel.NamedRow(id, name(id), kindOf(id), detail);
    }

    private String otherProducts(String componentId) {
        return String.join(", ", applicability.productsOf(componentId).stream()
                .filter(p -> !p.equals(product.id())).map(p -> ReportModel.nameOf(model, p)).toList());
    }

    /** Every flow with an end in the product, with where it goes and what it crosses. */
    private List<ReportModel.FlowRow> flows(Set<String> members) {
        List<ReportModel.FlowRow> rows = new ArrayList<>();
        for (Flow flow : model.flows()) {
            boolean fromIn = members.contains(flow.from());
            boolean toIn = members.contains(flow.to());
            if (!fromIn && !toIn) {
                continue;
            }
            FlowRoute route = analysis.route(flow.id());
            List<String> notes = new ArrayList<>();
            if (!route.isRouted()) {
                notes.add("No route: " + route.problem());
            }
            if (route.leavesCustomerEnvironment()) {
                notes.add("Leaves the customer environment");
            }
            if (route.crossesOutOfProduct()) {
                notes.add("Crosses equipment outside the product: " + names(route.outOfProduct()));
            }
            if (!fromIn || !toIn) {
                notes.add("Ends outside the product, at " + name(fromIn ? flow.to() : flow.from()));
            }
            rows.add(new ReportModel.FlowRow(flow.id(), flow.label() == null ? flow.id() : flow.label(),
                    name(flow.from()), name(flow.to()), flow.isBidirectional() ? "both ways" : "one way",
                    String.join(", ", flow.dataOrEmpty()), route.protection().id(),
                    route.crosses().isEmpty() ? "nothing" : names(route.crosses()), notes));
        }
        return rows;
    }

    /** What applies to a component or the product, grouped by the rule that applies it, in catalog order. */
    private ReportModel.ApplicablePart applicable(String id, String name, String kind, Applicable applicable) {
        Map<Reason, List<String>> references = new LinkedHashMap<>();
        Map<Reason, List<String>> outcomes = new LinkedHashMap<>();
        for (AppliedReference applied : applicable.references()) {
            for (Reason reason : applied.reasons()) {
                references.computeIfAbsent(reason, r -> new ArrayList<>()).add(applied.reference().shortName());
                outcomes.computeIfAbsent(reason, r -> new ArrayList<>());
            }
        }
        for (AppliedOutcome applied : applicable.outcomes()) {
            for (Reason reason : applied.reasons()) {
                outcomes.computeIfAbsent(reason, r -> new ArrayList<>()).add(applied.outcome().label());
                references.computeIfAbsent(reason, r -> new ArrayList<>());
            }
        }
        List<ReportModel.ReasonGroup> groups = references.keySet().stream().map(reason -> new ReportModel.ReasonGroup(
                reason.rule(), reason.why(), source(reason.source()), references.get(reason), outcomes.get(reason)))
                .toList();
        List<ReportModel.NoteRow> notes = new ArrayList<>();
        for (AppliedNote note : applicable.notes()) {
            notes.add(new ReportModel.NoteRow(note.text(), note.reason().rule(), source(note.reason().source())));
        }
        return new ReportModel.ApplicablePart(id, name, kind, groups, notes);
    }

    /** "CSWP 33, 3.2": the seed's short name and the section. */
    private String source(Citation citation) {
        if (citation == null) {
            return "";
        }
        Catalog catalog = applicability.catalog();
        return catalog.source(citation.document()).map(SourceDocument::shortName).orElse(citation.document())
                + ", " + citation.section();
    }

    private List<ReportModel.FindingRow> findingsAbout(List<ReportModel.FindingRow> all, List<String> members) {
        Set<String> subjects = members.stream().collect(Collectors.toSet());
        subjects.add(product.id());
        return all.stream().filter(row -> row.subjectIds().stream().anyMatch(subjects::contains)).toList();
    }

    private String name(String id) {
        return ReportModel.nameOf(model, id);
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(this::name).toList());
    }

    private String kindOf(String id) {
        return model.component(id).map(Component::kind).map(k -> k.label()).orElse("");
    }
}
