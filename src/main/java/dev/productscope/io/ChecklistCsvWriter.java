package dev.productscope.io;

import dev.productscope.catalog.ChecklistItem;
import dev.productscope.catalog.Reference;
import dev.productscope.model.ChecklistEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a checklist as RFC 4180 CSV: a header row, then one row per item of every product. A
 * cell that a spreadsheet would run as a formula is written with a {@code '} before it.
 */
public final class ChecklistCsvWriter implements ChecklistWriter {

    /** The columns, in order; the README documents them. */
    public static final List<String> HEADER = List.of("product_id", "product", "item_key", "outcome_code",
            "outcome_title", "component_id", "component", "status", "owner", "justification", "evidence", "orphaned",
            "orphan_reason", "references", "catalogs");

    /** The two columns a stamped export adds after {@link #HEADER}. */
    public static final List<String> STAMP_HEADER = List.of("generated_at", "productscope_version");

    /** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final ChecklistView.Stamp stamp;

    /** The documented columns only, as the {@code checklist} command prints them. */
    public ChecklistCsvWriter() {
        this(null);
    }

    /** @param stamp when given, every row also names when and by which version it was exported */
    public ChecklistCsvWriter(ChecklistView.Stamp stamp) {
        this.stamp = stamp;
    }

    public List<String> header() {
        List<String> header = new ArrayList<>(HEADER);
        if (stamp != null) {
            header.addAll(STAMP_HEADER);
        }
        return header;
    }

    @Override
    public void write(ChecklistReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(header().toArray(String[]::new)).get());
        // Every row names the catalogs it was judged against, so a row copied elsewhere stays traceable.
        String catalogs = report.catalog().describe();
        for (ChecklistReport.ProductChecklist product : report.products()) {
            for (ChecklistItem item : product.checklist().items()) {
                ChecklistEntry entry = item.entry();
                List<String> row = new ArrayList<>(List.of(product.product().id(), product.product().name(),
                        item.key(), item.outcome() == null ? item.outcomeId() : item.outcome().code(),
                        item.outcome() == null ? "" : item.outcome().title(),
                        orEmpty(item.componentId()), item.componentId() == null ? "" : orEmpty(item.componentName()),
                        entry.status().id(), entry.owner() == null ? "" : entry.owner().id(),
                        orEmpty(entry.justification()), orEmpty(entry.evidence()), String.valueOf(item.isOrphaned()),
                        orEmpty(item.orphanReason()),
                        String.join("; ", report.references(item).stream().map(Reference::shortName).toList()),
                        catalogs));
                if (stamp != null) {
                    row.add(stamp.generatedAt());
                    row.add(stamp.programVersion());
                }
                printer.printRecord(row.stream().map(ChecklistCsvWriter::neutralised).toList());
            }
        }
        // Flush, never close: the caller owns the stream.
        printer.flush();
    }

    /** The cell with a {@code '} before it when it starts like a formula, so a spreadsheet shows it as text. */
    public static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
