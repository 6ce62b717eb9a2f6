package dev.productscope.io.export;

import dev.productscope.analysis.Finding;
import dev.productscope.analysis.Severity;
import dev.productscope.render.DiagramRenderer;
import dev.productscope.render.DiagramStyle;
import dev.productscope.render.Painter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The findings list beside an exported diagram: each finding's numbered badge (as on the
 * drawing), its severity and rule, and its message wrapped to the column. Columns are added
 * when the list would run far below the drawing.
 */
final class DiagramFindingsKey {

    static final double COLUMN_WIDTH = 330;
    private static final double COLUMN_GAP = 24;
    private static final double TEXT_INDENT = 26;
    private static final double HEADING_FONT = 12;
    private static final double HEADING_HEIGHT = 26;
    private static final double SEVERITY_FONT = 10.5;
    private static final double MESSAGE_FONT = 10;
    private static final double MESSAGE_LINE = 13;
    private static final double ENTRY_GAP = 10;
    private static final int MAX_MESSAGE_LINES = 10;
    /** A list shorter than this stays in one column even beside a small drawing. */
    private static final double MIN_COLUMN_HEIGHT = 520;

    private record Entry(int number, Severity severity, String heading, List<String> message, double x, double y) {
        double height() {
            return 16 + message.size() * MESSAGE_LINE;
        }
    }

    private final int count;
    private final List<Entry> entries;
    private final int columns;
    private final double height;

    private DiagramFindingsKey(int count, List<Entry> entries, int columns, double height) {
        this.count = count;
        this.entries = entries;
        this.columns = columns;
        this.height = height;
    }

    /** Lays the list out in columns no taller than {@code columnHeight} (or a sensible minimum). */
    static DiagramFindingsKey of(List<Finding> numbered, Painter measure, double columnHeight) {
        double limit = Math.max(columnHeight, MIN_COLUMN_HEIGHT);
        double textWidth = COLUMN_WIDTH - TEXT_INDENT;
        List<Entry> entries = new ArrayList<>();
        double x = 0;
        double y = HEADING_HEIGHT;
        double tallest = y;
        int columns = 1;
        for (int i = 0; i < numbered.size(); i++) {
            Finding finding = numbered.get(i);
            measure.setFont(SEVERITY_FONT, true);
            String heading = TextLines.fit(measure, severity(finding.severity()) + "  \u00b7  " + finding.rule(),
                    textWidth);
            measure.setFont(MESSAGE_FONT, false);
            List<String> message = TextLines.wrap(measure, finding.message(), textWidth, MAX_MESSAGE_LINES);
            Entry entry = new Entry(i + 1, finding.severity(), heading, message, x, y);
            if (y > HEADING_HEIGHT && y + entry.height() > limit) {
                x += COLUMN_WIDTH + COLUMN_GAP;
                y = HEADING_HEIGHT;
                columns++;
                entry = new Entry(i + 1, finding.severity(), heading, message, x, y);
            }
            entries.add(entry);
            y += entry.height() + ENTRY_GAP;
            tallest = Math.max(tallest, y);
        }
        double height = numbered.isEmpty() ? HEADING_HEIGHT + MESSAGE_LINE : tallest - ENTRY_GAP;
        return new DiagramFindingsKey(numbered.size(), List.copyOf(entries), columns, height);
    }

    private static String severity(Severity severity) {
        String id = severity.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    double width() {
        return columns * COLUMN_WIDTH + (columns - 1) * COLUMN_GAP;
    }

    double height() {
        return height;
    }

    void paint(Painter p, double left, double top) {
        p.setFont(HEADING_FONT, true);
        p.setFill(DiagramStyle.INK);
        p.text(count == 0 ? "Findings" : "Findings (" + count + ")", left, top + HEADING_FONT, Painter.Align.LEFT);
        if (count == 0) {
            p.setFont(MESSAGE_FONT, false);
            p.setFill(DiagramStyle.MUTED_INK);
            p.text("No findings.", left, top + HEADING_HEIGHT + MESSAGE_FONT, Painter.Align.LEFT);
            return;
        }
        for (Entry entry : entries) {
            double x = left + entry.x();
            double y = top + entry.y();
            DiagramRenderer.paintFindingNumber(p, x + 9, y + 7, entry.number(), entry.severity());
            p.setFont(SEVERITY_FONT, true);
            p.setFill(DiagramStyle.INK);
            p.text(entry.heading(), x + TEXT_INDENT, y + 11, Painter.Align.LEFT);
            p.setFont(MESSAGE_FONT, false);
            p.setFill(DiagramStyle.INK);
            double baseline = y + 16 + MESSAGE_FONT;
            for (String line : entry.message()) {
                p.text(line, x + TEXT_INDENT, baseline, Painter.Align.LEFT);
                baseline += MESSAGE_LINE;
            }
        }
    }
}
