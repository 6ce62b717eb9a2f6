package dev.productscope.io.export;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;
import dev.productscope.io.ChecklistView;

/** Writes one product's checklist and activities answers into a PDF chapter, as tables. */
final class PdfChecklistWriter {

    private final PdfStyle style;

    PdfChecklistWriter(PdfStyle style) {
        this.style = style;
    }

    void write(Section into, ChecklistView.ProductPart part) {
        into.add(style.fact("Product", part.id() + ", sector " + part.sector()));
        into.add(style.fact("Checklist progress", part.checklistProgress() + " assessed"));
        if (part.unjustified() > 0) {
            into.add(style.paragraph(part.unjustified() + (part.oneUnjustified() ? " item needs" : " items need")
                    + " a justification that is missing", style.warn));
        }
        into.add(style.fact("Activities progress", part.activitiesProgress() + " answered"));
        Section checklist = style.section(into, "Checklist", style.h2);
        if (part.sections().isEmpty()) {
            checklist.add(style.paragraph("No outcome applies to this product.", style.body));
        }
        for (ChecklistView.SectionPart section : part.sections()) {
            String title = section.componentId() == null ? section.title()
                    : section.title() + " (" + section.componentId() + ")";
            style.section(checklist, title, style.h3).add(items(section));
        }
        if (!part.activities().isEmpty()) {
            Section activities = style.section(into, "NISTIR 8259 activities", style.h2);
            for (ChecklistView.ActivityPart activity : part.activities()) {
                Section one = style.section(activities, "Activity " + activity.number() + ": " + activity.title(),
                        style.h3);
                one.add(style.paragraph("Section " + activity.section() + ", " + activity.phase() + "; "
                        + activity.progress() + " answered", style.muted));
                one.add(answers(activity));
            }
        }
        if (!part.orphanedAnswers().isEmpty()) {
            Section orphans = style.section(into, "Answers to questions the catalogs no longer have", style.h3);
            PdfPTable table = style.table(2, 1.2f, 4);
            style.headerRow(table, "Question", "Status", "Answer");
            for (ChecklistView.AnswerRow row : part.orphanedAnswers()) {
                table.addCell(style.cell(row.questionId()));
                table.addCell(style.cell(row.status()));
                table.addCell(style.cell(row.answer()));
            }
            orphans.add(table);
        }
    }

    private PdfPTable items(ChecklistView.SectionPart section) {
        // Some codes are whole words ("Cybersecurity State Awareness"): the code column fits the longest word.
        PdfPTable table = section.orphaned() ? style.table(1.75f, 2, 1.5f, 1.2f, 1.5f, 2, 1.45f, 2)
                : style.table(1.75f, 2.2f, 1.2f, 1.5f, 2.35f, 1.55f, 1.45f);
        if (section.orphaned()) {
            style.headerRow(table, "Code", "Outcome", "Component", "Status", "Owner", "Justification", "Evidence",
                    "Why orphaned");
        } else {
            style.headerRow(table, "Code", "Outcome", "Status", "Owner", "Justification", "Evidence", "References");
        }
        for (ChecklistView.ItemRow item : section.items()) {
            table.addCell(style.cell(item.code(), style.smallBold));
            table.addCell(style.cell(item.title()));
            if (section.orphaned()) {
                table.addCell(style.cell(item.subject()));
            }
            Paragraph status = style.paragraph(item.status(), style.small);
            if (item.justificationMissing()) {
                status.add(style.phrase("\njustification missing", style.warn));
            }
            table.addCell(style.cell(status));
            table.addCell(style.cell(item.owner()));
            table.addCell(style.cell(item.justification()));
            table.addCell(style.cell(item.evidence()));
            table.addCell(style.cell(section.orphaned() ? item.orphanReason() : item.references()));
        }
        return table;
    }

    private PdfPTable answers(ChecklistView.ActivityPart activity) {
        PdfPTable table = style.table(0.8f, 4.5f, 1.1f, 3.2f);
        style.headerRow(table, "Section", "Question", "Status", "Answer");
        for (ChecklistView.AnswerRow row : activity.questions()) {
            table.addCell(style.cell(row.section()));
            Paragraph question = style.paragraph(row.topic() + ": ", style.smallBold);
            question.add(style.phrase(row.text(), style.small));
            table.addCell(style.cell(question));
            table.addCell(style.cell(row.status()));
            table.addCell(style.cell(row.answer()));
        }
        return table;
    }
}
