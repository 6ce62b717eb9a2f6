package dev.productscope.io.export;

import dev.productscope.analysis.Finding;
import dev.productscope.io.ChecklistReport;
import dev.productscope.io.ChecklistView;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The full report as the HTML templates and the PDF writer read it: plain text values, one record
 * per heading, table and row, with nothing left to compute. {@link ProductReport} fills in the
 * products.
 */
final class ReportModel {

    private ReportModel() {
    }

    /** The title block: what the report is of, when, by which version, against which catalogs. */
    record Header(String title, String modelName, String description, String summary, ChecklistView.Stamp stamp,
                  List<ChecklistView.CatalogRow> catalogs, List<ProductLink> products, boolean withFindings) {
    }

    record ProductLink(String anchor, String name) {
    }

    /**
     * @param findings the numbered findings about the product or one of its members
     * @param checklist the product's checklist and activities answers
     */
    record ProductPart(String anchor, String id, String name, String sector, List<MemberRow> members,
                       List<NamedRow> reliesOn, List<NamedRow> shared, List<FlowRow> flows,
                       List<ApplicablePart> components, ApplicablePart productWide, List<FindingRow> findings,
                       ChecklistView.ProductPart checklist) {
    }

    /** A component in the product, with the membership rule that put it there and why. */
    record MemberRow(String id, String name, String kind, String locality, String rule, String reason) {
    }

    /** A component named beside the product: one it relies on, or one it shares with other products. */
    record NamedRow(String id, String name, String kind, String detail) {
    }

    /**
     * @param notes what the route does that matters: leaving the customer environment, crossing
     *              equipment outside the product, having no route
     */
    record FlowRow(String id, String label, String from, String to, String direction, String data,
                   String protection, String crosses, List<String> notes) {
    }

    /** What applies to one component (or the product as a whole), grouped by the rule that applies it. */
    record ApplicablePart(String id, String name, String kind, List<ReasonGroup> reasons, List<NoteRow> notes) {
    }

    /** One rule's reason and source, with the references and outcomes it applies. */
    record ReasonGroup(String rule, String why, String source, List<String> references, List<String> outcomes) {
    }

    record NoteRow(String text, String rule, String source) {
    }

    /**
     * @param number     the number of the finding's badge on the diagram
     * @param subjectIds the ids the finding is about, to pick a product's findings by
     */
    record FindingRow(int number, String severity, String severityId, String rule, String subjects,
                      String message, List<String> subjectIds) {
    }

    /** When and by which version: to the second, which is all a reader needs. */
    static ChecklistView.Stamp stamp(ExportContext context) {
        return new ChecklistView.Stamp(DateTimeFormatter.ISO_INSTANT.format(context.generatedAt()
                .truncatedTo(ChronoUnit.SECONDS)), context.programVersion());
    }

    static Header header(ExportContext context, String title, boolean withFindings) {
        Model model = context.model();
        List<ProductLink> links = new ArrayList<>();
        List<Product> products = context.products();
        for (int i = 0; i < products.size(); i++) {
            links.add(new ProductLink(anchor(i), products.get(i).name()));
        }
        String summary = count(model.components().size(), "component") + ", " + count(model.flows().size(), "flow")
                + ", " + count(model.products().size(), "product") + ", "
                + count(context.analysis().findings().size(), "finding");
        return new Header(title, model.name(), model.description(), summary, stamp(context),
                ChecklistView.catalogRows(context.catalog()), links, withFindings);
    }

    /** The link target of the i-th product: by position, since an id is the user's text. */
    static String anchor(int index) {
        return "product-" + (index + 1);
    }

    /** Findings numbered as the diagram's badges number them. */
    static List<FindingRow> findings(ExportContext context, List<Finding> numbered) {
        List<FindingRow> rows = new ArrayList<>();
        for (int i = 0; i < numbered.size(); i++) {
            Finding finding = numbered.get(i);
            rows.add(new FindingRow(i + 1, label(finding.severity().id()), finding.severity().id(), finding.rule(),
                    String.join(", ", finding.subjects().stream().map(id -> nameOf(context.model(), id)).toList()),
                    finding.message(), finding.subjects()));
        }
        return rows;
    }

    /** The product's part of the report, with its checklist taken from the report of every exported product. */
    static ProductPart product(ExportContext context, int index, ChecklistReport checklists,
                               List<FindingRow> findings) {
        Product product = context.products().get(index);
        ChecklistReport.ProductChecklist checklist = checklists.products().stream()
                .filter(p -> p.product().id().equals(product.id())).findFirst().orElseThrow();
        return new ProductReport(context, product).part(anchor(index), findings,
                ChecklistView.product(checklists, checklist));
    }

    /** What an id names, for people: a component's, product's or zone's name, a flow's label, else the id. */
    static String nameOf(Model model, String id) {
        return model.component(id).map(c -> c.name())
                .or(() -> model.product(id).map(Product::name))
                .or(() -> model.zone(id).map(z -> z.name()))
                .or(() -> model.flow(id).map(f -> f.label() == null ? f.id() : f.label()))
                .orElse(id);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "error" as "Error". */
    static String label(String id) {
        return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }
}
