package dev.productscope.io;

import dev.productscope.catalog.ChecklistItem;
import dev.productscope.catalog.Reference;
import dev.productscope.model.ChecklistEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a checklist as RFC 4180 CSV: a header row, then one row per item of every product. */
public final class ChecklistCsvWriter implements ChecklistWriter {

    /** The columns, in order; the README documents them. */
    public static final List<String> HEADER = List.of("product_id", "product", "item_key", "outcome_code",
            "outcome_title", "component_id", "component", "status", "owner", "justification", "evidence", "orphaned",
            "orphan_reason", "references", "catalogs");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    @Override
    public void write(ChecklistReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        // Every row names the catalogs it was judged against, so a row copied elsewhere stays traceable.
        String catalogs = report.catalog().describe();
        for (ChecklistReport.ProductChecklist product : report.products()) {
            for (ChecklistItem item : product.checklist().items()) {
                ChecklistEntry entry = item.entry();
                printer.printRecord(product.product().id(), product.product().name(), item.key(),
                        item.outcome() == null ? item.outcomeId() : item.outcome().code(),
                        item.outcome() == null ? "" : item.outcome().title(),
                        orEmpty(item.componentId()), item.componentId() == null ? "" : orEmpty(item.componentName()),
                        entry.status().id(), entry.owner() == null ? "" : entry.owner().id(),
                        orEmpty(entry.justification()), orEmpty(entry.evidence()), item.isOrphaned(),
                        orEmpty(item.orphanReason()),
                        String.join("; ", report.references(item).stream().map(Reference::shortName).toList()),
                        catalogs);
            }
        }
        // Flush, never close: the caller owns the stream.
        printer.flush();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
