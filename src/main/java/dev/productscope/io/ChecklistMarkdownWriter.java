package dev.productscope.io;

import dev.productscope.catalog.ActivitiesProgress;
import dev.productscope.catalog.Activity;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.ChecklistItem;
import dev.productscope.catalog.Progress;
import dev.productscope.catalog.Question;
import dev.productscope.catalog.Reference;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.Product;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes a checklist as GitHub-flavoured Markdown, for people: headings, bullet lists and tables. */
public final class ChecklistMarkdownWriter implements ChecklistWriter {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final String ITEM_HEADER = "| Code | Outcome | Status | Owner | Justification | Evidence"
            + " | References |\n|---|---|---|---|---|---|---|\n";
    private static final String ORPHAN_HEADER = "| Code | Outcome | Component | Status | Owner | Justification"
            + " | Evidence | Why orphaned |\n|---|---|---|---|---|---|---|---|\n";

    @Override
    public void write(ChecklistReport report, OutputStream out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Checklist: ").append(inline(report.modelName())).append('\n');
        if (report.products().isEmpty()) {
            md.append("\nThe model has no products.\n");
        }
        for (ChecklistReport.ProductChecklist product : report.products()) {
            product(md, report, product);
        }
        out.write(md.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void product(StringBuilder md, ChecklistReport report, ChecklistReport.ProductChecklist part) {
        Product product = part.product();
        md.append("\n## ").append(inline(product.name())).append("\n\n");
        md.append("- Product: `").append(product.id()).append("`, sector ").append(product.effectiveSector().id())
                .append('\n');
        md.append("- Catalogs in force: ").append(inline(report.catalog().describe())).append('\n');
        md.append("- Checklist progress: ").append(part.checklist().progress().label()).append(" assessed\n");
        int unjustified = part.checklist().unjustified().size();
        if (unjustified > 0) {
            md.append("- **").append(unjustified).append(unjustified == 1 ? " item needs" : " items need")
                    .append(" a justification that is missing**\n");
        }
        md.append("- Activities progress: ").append(part.activitiesProgress().label()).append(" answered\n");
        for (ChecklistReport.Section section : part.sections()) {
            md.append("\n### ").append(inline(section.title()));
            if (section.componentId() != null) {
                md.append(" (`").append(section.componentId()).append("`)");
            }
            md.append("\n\n");
            boolean orphaned = section.kind() == ChecklistReport.Section.Kind.ORPHANED;
            md.append(orphaned ? ORPHAN_HEADER : ITEM_HEADER);
            for (ChecklistItem item : section.items()) {
                item(md, report, item, orphaned);
            }
        }
        activities(md, report.catalog(), product);
    }

    private static void item(StringBuilder md, ChecklistReport report, ChecklistItem item, boolean orphaned) {
        ChecklistEntry entry = item.entry();
        String status = entry.status().label() + (entry.lacksJustification() ? " (**justification missing**)" : "");
        md.append("| ").append(cell(item.outcome() == null ? item.outcomeId() : item.outcome().code()))
                .append(" | ").append(cell(item.outcome() == null ? "" : item.outcome().title()));
        if (orphaned) {
            md.append(" | ").append(cell(item.subject()));
        }
        md.append(" | ").append(status)
                .append(" | ").append(entry.owner() == null ? "" : entry.owner().label())
                .append(" | ").append(cell(entry.justification()))
                .append(" | ").append(cell(entry.evidence()))
                .append(" | ").append(orphaned ? cell(item.orphanReason()) : cell(String.join(", ",
                        report.references(item).stream().map(Reference::shortName).toList())))
                .append(" |\n");
    }

    private static void activities(StringBuilder md, Catalog catalog, Product product) {
        List<Activity> activities = catalog.activities();
        if (activities.isEmpty()) {
            return;
        }
        md.append("\n### NISTIR 8259 activities\n");
        Map<String, Progress> progress = ActivitiesProgress.perActivity(catalog, product);
        for (Activity activity : activities) {
            md.append("\n#### Activity ").append(activity.number()).append(": ").append(inline(activity.title()))
                    .append("\n\n").append("Section ").append(activity.section()).append(", ")
                    .append(activity.phase()).append("; ")
                    .append(progress.getOrDefault(activity.id(), Progress.NONE).label()).append(" answered\n\n");
            md.append("| Section | Question | Status | Answer |\n|---|---|---|---|\n");
            for (Question question : activity.questions()) {
                answerRow(md, question.section(), "**" + cell(question.topic()) + "**: " + cell(question.text()),
                        product.activities().get(question.id()));
            }
        }
        List<String> orphaned = ActivitiesProgress.orphanedAnswers(catalog, product);
        if (!orphaned.isEmpty()) {
            md.append("\n#### Answers to questions the catalogs no longer have\n\n");
            md.append("| Section | Question | Status | Answer |\n|---|---|---|---|\n");
            for (String questionId : orphaned) {
                answerRow(md, "", "`" + cell(questionId) + "`", product.activities().get(questionId));
            }
        }
    }

    private static void answerRow(StringBuilder md, String section, String question, ActivityAnswer answer) {
        md.append("| ").append(cell(section)).append(" | ").append(question).append(" | ")
                .append((answer == null ? AnswerStatus.OPEN : answer.status()).label()).append(" | ")
                .append(answer == null ? "" : cell(answer.text())).append(" |\n");
    }

    /** Text for a table cell: a {@code |} would end the cell and a line break the row. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return LINE_BREAK.matcher(text.strip().replace("|", "\\|")).replaceAll("<br>");
    }

    /** Text for a heading or list item, which must stay on one line. */
    static String inline(String text) {
        return LINE_BREAK.matcher(text.strip()).replaceAll(" ");
    }
}
