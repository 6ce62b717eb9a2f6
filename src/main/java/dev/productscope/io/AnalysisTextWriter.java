package dev.productscope.io;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Finding;
import dev.productscope.analysis.FlowRoute;
import dev.productscope.analysis.MembershipDecision;
import dev.productscope.analysis.ProductSummary;
import dev.productscope.analysis.Severity;
import dev.productscope.catalog.AppliedReference;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes an analysis for people: one block per product, then the findings. */
public final class AnalysisTextWriter {

    public void write(AnalysisReportScope scope, PrintWriter out) {
        Analysis analysis = scope.analysis();
        out.printf("%s: %d components, %d flows, %d products%n", analysis.model().name(),
                analysis.model().components().size(), analysis.model().flows().size(),
                analysis.model().products().size());
        out.println("Catalogs: " + scope.catalog().describe());
        for (ProductSummary summary : scope.summaries()) {
            out.println();
            product(scope, summary, out);
        }
        out.println();
        findings(scope.findings(), out);
        out.flush();
    }

    private static void product(AnalysisReportScope scope, ProductSummary summary, PrintWriter out) {
        Analysis analysis = scope.analysis();
        out.printf("Product '%s' (%s)%n", summary.name(), summary.id());
        out.printf("  In the product (%d):%n", summary.components().size());
        for (String id : summary.components()) {
            Component component = analysis.model().component(id).orElseThrow();
            MembershipDecision decision = analysis.membership(id, summary.id());
            out.printf("    %-24s %-34s %-30s %-7s %s%n", id, component.name(), component.kind().id(),
                    analysis.locality(id).id(), decision.rule());
            List<AppliedReference> references = scope.applicableIn(id, summary.id()).references();
            if (!references.isEmpty()) {
                out.println("      references: " + shortNames(references));
            }
        }
        List<AppliedReference> productWide = scope.applicableToProduct(summary.id()).references();
        out.println("  References for the product as a whole: " + (productWide.isEmpty() ? "none"
                : shortNames(productWide)));
        out.println("  Relies on, outside the product: " + list(summary.reliesOn()));
        out.println("  Shared with other products: " + list(summary.shared()));
        List<Flow> flows = analysis.flowsWithin(summary.id());
        out.printf("  Flows (%d):%n", flows.size());
        for (Flow flow : flows) {
            FlowRoute route = analysis.route(flow.id());
            StringBuilder line = new StringBuilder(String.format("    %-24s %s %s %s, %s", flow.id(), flow.from(),
                    flow.isBidirectional() ? "<->" : "->", flow.to(), route.protection().id()));
            if (!route.isRouted()) {
                line.append(", no route: ").append(route.problem());
            } else if (!route.crosses().isEmpty()) {
                line.append(", crosses ").append(String.join(", ", route.crosses()));
            }
            if (route.leavesCustomerEnvironment()) {
                line.append(", leaves the customer environment");
            }
            out.println(line);
        }
    }

    static void findings(List<Finding> findings, PrintWriter out) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        out.printf("Findings (%d): %d errors, %d warnings, %d info%n", findings.size(),
                counts.getOrDefault(Severity.ERROR, 0), counts.getOrDefault(Severity.WARNING, 0),
                counts.getOrDefault(Severity.INFO, 0));
        for (Finding finding : findings) {
            out.printf("  %-7s %s [%s]%n", finding.severity().id().toUpperCase(java.util.Locale.ROOT), finding.rule(),
                    String.join(", ", finding.subjects()));
            out.println("          " + finding.message());
        }
    }

    private static String shortNames(List<AppliedReference> references) {
        return String.join(", ", references.stream().map(r -> r.reference().shortName()).toList());
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
