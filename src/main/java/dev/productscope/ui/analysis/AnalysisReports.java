package dev.productscope.ui.analysis;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Finding;
import dev.productscope.analysis.FlowRoute;
import dev.productscope.analysis.MembershipDecision;
import dev.productscope.analysis.ProductSummary;
import dev.productscope.analysis.Roles;
import dev.productscope.catalog.ActivitiesProgress;
import dev.productscope.catalog.Applicable;
import dev.productscope.catalog.AppliedNote;
import dev.productscope.catalog.AppliedOutcome;
import dev.productscope.catalog.AppliedReference;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.Checklist;
import dev.productscope.catalog.Outcome;
import dev.productscope.catalog.Progress;
import dev.productscope.catalog.Reason;
import dev.productscope.catalog.Reference;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the analysis panel says about a component or a product, built from the analysis and the catalog. */
public final class AnalysisReports {

    private final Applicability applicability;
    private final Analysis analysis;
    private final Model model;
    private final Catalog catalog;

    public AnalysisReports(Applicability applicability) {
        this.applicability = applicability;
        this.analysis = applicability.analysis();
        this.model = analysis.model();
        this.catalog = applicability.catalog();
    }

    public List<ReportSection> component(String id) {
        Component component = model.component(id).orElseThrow();
        List<ReportSection> sections = new ArrayList<>();
        Roles roles = analysis.roles(id);
        List<ReportLine> facts = new ArrayList<>();
        facts.add(ReportLine.field("Kind", component.kind().label()));
        facts.add(ReportLine.field("Category", component.category().label()));
        facts.add(ReportLine.field("Locality", analysis.locality(id).id() + analysis.effectiveZone(id)
                .map(z -> " (" + z.name() + ")").orElse("")));
        facts.add(ReportLine.field("Developer", roles.developer().id()));
        facts.add(ReportLine.field("Operated by", roles.operator().id()));
        if (roles.host() != null) {
            facts.add(ReportLine.field("Runs on", name(roles.host())));
        }
        sections.add(new ReportSection("Component", facts));
        List<ReportLine> membership = new ArrayList<>();
        for (Product product : model.products()) {
            MembershipDecision decision = analysis.membership(id, product.id());
            String detail = decisionWord(decision.value().id()) + " by " + decision.rule() + ": "
                    + decision.reason() + (decision.derived() != null ? " (derived: " + decision.derived().value().id()
                    + ", " + decision.derived().rule() + ")" : "");
            membership.add(new ReportLine(ReportLine.Kind.MEMBERSHIP, product.name(), detail, null, product.id(), 0));
        }
        if (membership.isEmpty()) {
            membership.add(ReportLine.empty("The model has no products yet."));
        }
        sections.add(new ReportSection("Membership", membership));
        Applicable applicable = applicability.forComponent(id);
        sections.add(references(applicable.references()));
        sections.add(outcomes("Technical outcomes", applicable.outcomes()));
        if (!applicable.notes().isEmpty()) {
            sections.add(notes(applicable.notes()));
        }
        sections.add(findings(analysis.findingsAbout(id)));
        return sections;
    }

    public List<ReportSection> product(String id) {
        Product product = model.product(id).orElseThrow();
        ProductSummary summary = analysis.product(id).orElseThrow();
        List<ReportSection> sections = new ArrayList<>();
        List<ReportLine> facts = new ArrayList<>();
        facts.add(ReportLine.field("Sector", product.effectiveSector().id()));
        facts.add(ReportLine.field("Devices", String.join(", ", product.devices().stream().map(this::name).toList())));
        Checklist checklist = Checklist.of(applicability, id);
        Progress checked = checklist.progress();
        facts.add(new ReportLine(ReportLine.Kind.PROGRESS, "Checklist", checked.label() + " assessed", null, id,
                checked.fraction()));
        Progress answered = ActivitiesProgress.overall(catalog, product);
        facts.add(new ReportLine(ReportLine.Kind.PROGRESS, "Activities", answered.label() + " answered", null, id,
                answered.fraction()));
        sections.add(new ReportSection("Product", facts));
        sections.add(new ReportSection("Members (" + summary.components().size() + ")",
                members(summary.components())));
        sections.add(new ReportSection("Relies on, out of product (" + summary.reliesOn().size() + ")",
                members(summary.reliesOn())));
        sections.add(flows(analysis.flowsWithin(id)));
        Applicable applicable = applicability.forProduct(id);
        sections.add(outcomes("Product outcomes", applicable.outcomes()));
        sections.add(references(applicable.references()));
        if (!applicable.notes().isEmpty()) {
            sections.add(notes(applicable.notes()));
        }
        sections.add(findings(analysis.findingsAbout(id)));
        return sections;
    }

    private static String decisionWord(String value) {
        return switch (value) {
            case "in" -> "In";
            case "out" -> "Out";
            default -> "Not part of it";
        };
    }

    private List<ReportLine> members(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of(ReportLine.empty("None."));
        }
        return ids.stream().map(c -> new ReportLine(ReportLine.Kind.ITEM, name(c),
                model.component(c).map(x -> x.kind().label()).orElse(""), null, c, 0)).toList();
    }

    private ReportSection flows(List<Flow> flows) {
        List<ReportLine> lines = new ArrayList<>();
        for (Flow flow : flows) {
            FlowRoute route = analysis.route(flow.id());
            String title = (flow.label() == null ? flow.id() : flow.label()) + ": " + name(flow.from())
                    + (Boolean.TRUE.equals(flow.bidirectional()) ? " ↔ " : " → ") + name(flow.to());
            String detail;
            if (route == null || !route.isRouted()) {
                detail = route == null ? "not routed" : route.problem();
            } else {
                detail = "crosses " + (route.crosses().isEmpty() ? "nothing" : String.join(", ",
                        route.crosses().stream().map(this::name).toList()))
                        + "; protection " + route.protection().id()
                        + (route.leavesCustomerEnvironment() ? "; leaves the customer environment" : "")
                        + (route.crossesOutOfProduct() ? "; crosses out-of-product equipment" : "");
            }
            lines.add(new ReportLine(ReportLine.Kind.ITEM, title, detail, null, flow.id(), 0));
        }
        if (lines.isEmpty()) {
            lines.add(ReportLine.empty("No flows between its members."));
        }
        return new ReportSection("Flows (" + flows.size() + ")", lines);
    }

    /** References grouped by publisher, each with why it applies and a link. */
    private ReportSection references(List<AppliedReference> references) {
        Map<String, List<AppliedReference>> byPublisher = new LinkedHashMap<>();
        references.forEach(r -> byPublisher.computeIfAbsent(r.reference().publisher(), k -> new ArrayList<>()).add(r));
        List<ReportLine> lines = new ArrayList<>();
        byPublisher.forEach((publisher, group) -> {
            lines.add(ReportLine.group(publisher));
            for (AppliedReference applied : group) {
                Reference reference = applied.reference();
                lines.add(new ReportLine(ReportLine.Kind.ITEM, reference.shortName(),
                        reference.title() + "\n" + why(applied.reasons()), reference.url(), reference.id(), 0));
            }
        });
        if (lines.isEmpty()) {
            lines.add(ReportLine.empty("No references apply."));
        }
        return new ReportSection("References (" + references.size() + ")", lines);
    }

    /** Outcomes grouped by their catalog group and heading, the group's reasons given once. */
    private ReportSection outcomes(String title, List<AppliedOutcome> outcomes) {
        Map<String, List<AppliedOutcome>> byGroup = new LinkedHashMap<>();
        outcomes.forEach(o -> byGroup.computeIfAbsent(o.outcome().group(), k -> new ArrayList<>()).add(o));
        List<ReportLine> lines = new ArrayList<>();
        byGroup.forEach((groupId, group) -> {
            Set<Reason> reasons = new LinkedHashSet<>();
            group.forEach(o -> reasons.addAll(o.reasons()));
            lines.add(new ReportLine(ReportLine.Kind.GROUP, catalog.group(groupId).map(g -> g.title()).orElse(groupId),
                    why(List.copyOf(reasons)), null, null, 0));
            for (AppliedOutcome applied : group) {
                Outcome outcome = applied.outcome();
                String heading = catalog.ancestorsOf(outcome.id()).stream().map(Outcome::title).reduce((a, b) -> b)
                        .orElse(null);
                lines.add(new ReportLine(ReportLine.Kind.ITEM, outcome.label(),
                        (heading == null ? "" : heading + ": ") + (outcome.summary() == null ? "" : outcome.summary()),
                        null, outcome.id(), 0));
            }
        });
        if (lines.isEmpty()) {
            lines.add(ReportLine.empty("No outcomes apply: it is not part of a product."));
        }
        return new ReportSection(title + " (" + outcomes.size() + ")", lines);
    }

    private ReportSection notes(List<AppliedNote> notes) {
        return new ReportSection("Notes", notes.stream().map(n -> new ReportLine(ReportLine.Kind.NOTE, n.text(),
                why(List.of(n.reason())), null, null, 0)).toList());
    }

    private ReportSection findings(List<Finding> findings) {
        List<ReportLine> lines = new ArrayList<>();
        for (Finding finding : findings) {
            lines.add(new ReportLine(ReportLine.Kind.FINDING, finding.message(), finding.severity().id(), null,
                    finding.subjects().get(0), 0));
        }
        if (lines.isEmpty()) {
            lines.add(ReportLine.empty("No findings."));
        }
        return new ReportSection("Findings (" + findings.size() + ")", lines);
    }

    /** "Why: ... (NIST CSWP 33 ipd, Remote Backends)" for each reason, one per line. */
    String why(List<Reason> reasons) {
        return String.join("\n", reasons.stream().map(r -> "Why: " + r.why() + " (" + catalog.source(
                r.source().document()).map(d -> d.shortName()).orElse(r.source().document()) + ", "
                + r.source().section() + ")").toList());
    }

    private String name(String id) {
        return model.component(id).map(Component::name).or(() -> model.product(id).map(Product::name)).orElse(id);
    }
}
