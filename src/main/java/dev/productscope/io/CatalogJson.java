package dev.productscope.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.productscope.catalog.Applicable;
import dev.productscope.catalog.AppliedNote;
import dev.productscope.catalog.AppliedOutcome;
import dev.productscope.catalog.AppliedReference;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.CatalogInfo;
import dev.productscope.catalog.Reason;
import java.io.IOException;
import java.util.List;

/** The JSON shapes of catalog results, one for every report that shows them, so they read alike. */
final class CatalogJson {

    private CatalogJson() {
    }

    /** {@code "catalogs": [{id, title, version, origin}]}, bundled first. */
    static void catalogs(JsonGenerator g, Catalog catalog) throws IOException {
        g.writeArrayFieldStart("catalogs");
        for (CatalogInfo info : catalog.layers()) {
            g.writeStartObject();
            g.writeStringField("id", info.id());
            g.writeStringField("title", info.title());
            g.writeStringField("version", info.catalogVersion());
            g.writeStringField("origin", info.origin());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code "references"}, {@code "outcomes"} and {@code "notes"} of what applies, each with why. */
    static void applicable(JsonGenerator g, Applicable applicable) throws IOException {
        g.writeArrayFieldStart("references");
        for (AppliedReference applied : applicable.references()) {
            g.writeStartObject();
            g.writeStringField("id", applied.reference().id());
            g.writeStringField("shortName", applied.reference().shortName());
            g.writeStringField("title", applied.reference().title());
            why(g, applied.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("outcomes");
        for (AppliedOutcome applied : applicable.outcomes()) {
            g.writeStartObject();
            g.writeStringField("id", applied.outcome().id());
            g.writeStringField("code", applied.outcome().code());
            g.writeStringField("title", applied.outcome().title());
            g.writeStringField("group", applied.outcome().group());
            why(g, applied.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (AppliedNote note : applicable.notes()) {
            g.writeStartObject();
            g.writeStringField("text", note.text());
            why(g, List.of(note.reason()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code "why": [{rule, why, source: {document, section}}]}: the rules that make something apply. */
    static void why(JsonGenerator g, List<Reason> reasons) throws IOException {
        g.writeArrayFieldStart("why");
        for (Reason reason : reasons) {
            g.writeStartObject();
            g.writeStringField("rule", reason.rule());
            g.writeStringField("why", reason.why());
            g.writeObjectFieldStart("source");
            g.writeStringField("document", reason.source().document());
            g.writeStringField("section", reason.source().section());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
