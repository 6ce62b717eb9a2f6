package dev.productscope.ui.analysis;

/**
 * One line of the analysis panel, as plain data so the panel's content can be tested without a
 * window.
 *
 * @param text   what the line says
 * @param detail more for a tooltip or a second line (a reason, a title), or {@code null}
 * @param url    where a reference can be read, or {@code null}
 * @param target an id the line is about (a product, a component, a flow), or {@code null}
 * @param value  a number for progress lines (0..1), otherwise 0
 */
public record ReportLine(Kind kind, String text, String detail, String url, String target, double value) {

    /** How the panel shows a line. */
    public enum Kind {
        /** A "label: value" fact. */
        FIELD,
        /** A sub-heading inside a section, e.g. a publisher or an outcome group. */
        GROUP,
        /** A reference, outcome, member or flow; {@code detail} says why or what it crosses. */
        ITEM,
        /** A product the component may belong to, with the decision and a toggle. */
        MEMBERSHIP,
        /** A note from the catalog. */
        NOTE,
        /** A finding; {@code detail} is its severity. */
        FINDING,
        /** A progress bar. */
        PROGRESS,
        /** Grey text saying there is nothing to show. */
        EMPTY
    }

    public static ReportLine field(String label, String value) {
        return new ReportLine(Kind.FIELD, label, value, null, null, 0);
    }

    public static ReportLine group(String text) {
        return new ReportLine(Kind.GROUP, text, null, null, null, 0);
    }

    public static ReportLine item(String text, String detail) {
        return new ReportLine(Kind.ITEM, text, detail, null, null, 0);
    }

    public static ReportLine empty(String text) {
        return new ReportLine(Kind.EMPTY, text, null, null, null, 0);
    }
}
