package dev.productscope.ui.analysis;

import java.util.List;

/** A titled part of the analysis panel: "References (7)", "Membership", "Flows". */
public record ReportSection(String title, List<ReportLine> lines) {

    public ReportSection {
        lines = List.copyOf(lines);
    }

    /** The section's lines of one kind, for tests and for counting. */
    public List<ReportLine> lines(ReportLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }
}
