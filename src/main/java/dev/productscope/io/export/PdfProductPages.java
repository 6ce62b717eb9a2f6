package dev.productscope.io.export;

import com.lowagie.text.Chapter;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;

/** One product's chapter of the PDF report: members, reliances, flows, what applies and why, checklist. */
final class PdfProductPages {

    private final PdfStyle style;
    private final PdfChecklistWriter checklist;

    PdfProductPages(PdfStyle style) {
        this.style = style;
        this.checklist = new PdfChecklistWriter(style);
    }

    void write(Chapter chapter, ReportModel.ProductPart part) {
        Section members = style.section(chapter, "Members", style.h2);
        if (part.members().isEmpty()) {
            members.add(style.paragraph("No component is part of this product.", style.body));
        } else {
            PdfPTable table = style.table(2.2f, 1.6f, 1, 0.7f, 4);
            style.headerRow(table, "Component", "Kind", "Locality", "Rule", "Why it is in the product");
            for (ReportModel.MemberRow row : part.members()) {
                table.addCell(style.cell(row.name()));
                table.addCell(style.cell(row.kind()));
                table.addCell(style.cell(row.locality()));
                table.addCell(style.cell(row.rule(), style.smallBold));
                table.addCell(style.cell(row.reason()));
            }
            members.add(table);
        }
        Section reliesOn = style.section(chapter, "What it relies on", style.h2);
        if (part.reliesOn().isEmpty()) {
            reliesOn.add(style.paragraph("Nothing outside the product.", style.body));
        }
        for (ReportModel.NamedRow row : part.reliesOn()) {
            reliesOn.add(bullet(row.name(), row.kind()));
        }
        if (!part.shared().isEmpty()) {
            Section shared = style.section(chapter, "Shared with other products", style.h2);
            for (ReportModel.NamedRow row : part.shared()) {
                shared.add(bullet(row.name(), row.kind() + ", " + row.detail()));
            }
        }
        flows(style.section(chapter, "Flows and crossings", style.h2), part);
        Section applies = style.section(chapter, "What applies, and why", style.h2);
        for (ReportModel.ApplicablePart component : part.components()) {
            applicable(applies, component);
        }
        applicable(applies, part.productWide());
        if (!part.findings().isEmpty()) {
            Section findings = style.section(chapter, "Findings about this product", style.h2);
            for (ReportModel.FindingRow row : part.findings()) {
                findings.add(bullet(row.number() + ". " + row.severity() + ": " + row.message(), ""));
            }
        }
        checklist.write(chapter, part.checklist());
    }

    private void flows(Section section, ReportModel.ProductPart part) {
        if (part.flows().isEmpty()) {
            section.add(style.paragraph("No data flow starts or ends in this product.", style.body));
            return;
        }
        PdfPTable table = style.table(1.6f, 1.4f, 1.4f, 1.3f, 1.25f, 1.8f, 2.4f);
        style.headerRow(table, "Flow", "From", "To", "Data", "Protection", "Crosses", "Notes");
        for (ReportModel.FlowRow row : part.flows()) {
            table.addCell(style.cell(row.label()));
            table.addCell(style.cell(row.from()));
            Paragraph to = style.paragraph(row.to(), style.small);
            to.add(style.phrase("\n" + row.direction(), style.muted));
            table.addCell(style.cell(to));
            table.addCell(style.cell(row.data()));
            table.addCell(style.cell(row.protection(), style.smallBold));
            table.addCell(style.cell(row.crosses()));
            table.addCell(style.cell(String.join("\n", row.notes())));
        }
        section.add(table);
    }

    private void applicable(Section parent, ReportModel.ApplicablePart part) {
        String title = part.kind().isEmpty() ? part.name() : part.name() + " (" + part.kind() + ")";
        Section section = style.section(parent, title, style.h3);
        if (part.reasons().isEmpty() && part.notes().isEmpty()) {
            section.add(style.paragraph("No reference or outcome applies.", style.muted));
        }
        if (!part.reasons().isEmpty()) {
            PdfPTable table = style.table(3.2f, 1.6f, 3.2f);
            style.headerRow(table, "Why", "References", "Outcomes");
            for (ReportModel.ReasonGroup group : part.reasons()) {
                Paragraph why = style.paragraph(group.rule() + " ", style.smallBold);
                why.add(style.phrase(group.why(), style.small));
                why.add(style.phrase("\n" + group.source(), style.muted));
                table.addCell(style.cell(why));
                table.addCell(style.cell(String.join("\n", group.references())));
                table.addCell(style.cell(String.join("\n", group.outcomes())));
            }
            section.add(table);
        }
        for (ReportModel.NoteRow note : part.notes()) {
            section.add(style.paragraph("Note (" + note.rule() + ", " + note.source() + "): " + note.text(),
                    style.body));
        }
    }

    private PdfPTable bullet(String text, String detail) {
        Paragraph paragraph = style.paragraph("\u2022 " + text, style.body);
        if (!detail.isEmpty()) {
            paragraph.add(style.phrase("  " + detail, style.muted));
        }
        return style.block(paragraph);
    }
}
