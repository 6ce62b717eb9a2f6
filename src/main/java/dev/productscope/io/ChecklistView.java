package dev.productscope.io;

import dev.productscope.catalog.ActivitiesProgress;
import dev.productscope.catalog.Activity;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.CatalogInfo;
import dev.productscope.catalog.ChecklistItem;
import dev.productscope.catalog.Progress;
import dev.productscope.catalog.Question;
import dev.productscope.catalog.Reference;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A checklist report as the templates and the PDF writer read it: plain text values, one record
 * per heading, table and row, with nothing left to compute or format.
 *
 * @param stamp when and by which version the export was made; {@code null} for the command line,
 *              whose output must not change from one run to the next
 */
public record ChecklistView(String modelName, String catalogs, Stamp stamp, List<ProductPart> products) {

    /** When an export was made, and by which ProductScope. */
    public record Stamp(String generatedAt, String programVersion) {
    }

    /** One catalog file in force, for the title blocks of the HTML and PDF exports. */
    public record CatalogRow(String title, String version, String origin) {
    }

    /**
     * @param unjustified       how many live items lack a justification their status needs
     * @param oneUnjustified    whether that is exactly one, for the singular sentence
     */
    public record ProductPart(String id, String name, String sector, String checklistProgress, int unjustified,
                              boolean oneUnjustified, String activitiesProgress, List<SectionPart> sections,
                              List<ActivityPart> activities, List<AnswerRow> orphanedAnswers) {
    }

    /** Items under one heading: a component, the product as a whole, or the orphans. */
    public record SectionPart(String title, String componentId, boolean orphaned, List<ItemRow> items) {
    }

    public record ItemRow(String key, String code, String title, String subject, String status, String statusId,
                         boolean justificationMissing, String owner, String justification, String evidence,
                         String references, String orphanReason) {
    }

    public record ActivityPart(int number, String title, String section, String phase, String progress,
                               List<AnswerRow> questions) {
    }

    /** One question with its answer; an orphaned answer has only its question id. */
    public record AnswerRow(String section, String questionId, String topic, String text, String status,
                            String statusId, String answer) {
    }

    public static ChecklistView of(ChecklistReport report, Stamp stamp) {
        List<ProductPart> products = report.products().stream().map(p -> product(report, p)).toList();
        return new ChecklistView(report.modelName(), report.catalog().describe(), stamp, products);
    }

    /** The catalogs in force as rows, for reports that show them apart from a checklist. */
    public static List<CatalogRow> catalogRows(Catalog catalog) {
        List<CatalogRow> rows = new ArrayList<>();
        for (CatalogInfo layer : catalog.layers()) {
            rows.add(new CatalogRow(layer.title(), layer.catalogVersion(), layer.origin()));
        }
        return rows;
    }

    public static ProductPart product(ChecklistReport report, ChecklistReport.ProductChecklist part) {
        Product product = part.product();
        List<SectionPart> sections = part.sections().stream().map(s -> new SectionPart(s.title(), s.componentId(),
                s.kind() == ChecklistReport.Section.Kind.ORPHANED,
                s.items().stream().map(i -> item(report, i)).toList())).toList();
        int unjustified = part.checklist().unjustified().size();
        return new ProductPart(product.id(), product.name(), product.effectiveSector().id(),
                part.checklist().progress().label(), unjustified, unjustified == 1,
                part.activitiesProgress().label(), sections, activities(report.catalog(), product),
                ActivitiesProgress.orphanedAnswers(report.catalog(), product).stream()
                        .map(id -> answer(null, id, product.activities().get(id))).toList());
    }

    private static ItemRow item(ChecklistReport report, ChecklistItem item) {
        ChecklistEntry entry = item.entry();
        return new ItemRow(item.key(), item.outcome() == null ? item.outcomeId() : item.outcome().code(),
                item.outcome() == null ? "" : item.outcome().title(), item.subject(), entry.status().label(),
                entry.status().id(), entry.lacksJustification(), entry.owner() == null ? "" : entry.owner().label(),
                entry.justification(), entry.evidence(),
                String.join(", ", report.references(item).stream().map(Reference::shortName).toList()),
                item.orphanReason());
    }

    private static List<ActivityPart> activities(Catalog catalog, Product product) {
        Map<String, Progress> progress = ActivitiesProgress.perActivity(catalog, product);
        List<ActivityPart> result = new ArrayList<>();
        for (Activity activity : catalog.activities()) {
            result.add(new ActivityPart(activity.number(), activity.title(), activity.section(), activity.phase(),
                    progress.getOrDefault(activity.id(), Progress.NONE).label(), activity.questions().stream()
                    .map(q -> answer(q, q.id(), product.activities().get(q.id()))).toList()));
        }
        return result;
    }

    private static AnswerRow answer(Question question, String questionId, ActivityAnswer answer) {
        AnswerStatus status = answer == null ? AnswerStatus.OPEN : answer.status();
        return new AnswerRow(question == null ? "" : question.section(), questionId,
                question == null ? null : question.topic(), question == null ? null : question.text(),
                status.label(), status.id(), answer == null ? null : answer.text());
    }
}
