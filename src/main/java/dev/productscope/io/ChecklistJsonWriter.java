package dev.productscope.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.productscope.catalog.ActivitiesProgress;
import dev.productscope.catalog.Activity;
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
import java.util.Map;

/**
 * Writes a checklist as JSON, {@code productscope checklist --format json}, documented in the
 * README. Deterministic: the same model and catalogs give the same bytes.
 */
public final class ChecklistJsonWriter implements ChecklistWriter {

    public static final String FORMAT = "productscope-checklist";
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(ChecklistReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("model", report.modelName());
            CatalogJson.catalogs(g, report.catalog());
            g.writeArrayFieldStart("products");
            for (ChecklistReport.ProductChecklist product : report.products()) {
                product(g, report, product);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void product(JsonGenerator g, ChecklistReport report, ChecklistReport.ProductChecklist part)
            throws IOException {
        Product product = part.product();
        g.writeStartObject();
        g.writeStringField("id", product.id());
        g.writeStringField("name", product.name());
        g.writeStringField("sector", product.effectiveSector().id());
        progress(g, "progress", part.checklist().progress());
        g.writeNumberField("unjustified", part.checklist().unjustified().size());
        progress(g, "activitiesProgress", part.activitiesProgress());
        g.writeArrayFieldStart("items");
        for (ChecklistItem item : part.checklist().items()) {
            item(g, report, item);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("activities");
        Map<String, Progress> perActivity = ActivitiesProgress.perActivity(report.catalog(), product);
        for (Activity activity : report.catalog().activities()) {
            activity(g, product, activity, perActivity.getOrDefault(activity.id(), Progress.NONE));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("orphanedAnswers");
        for (String questionId : ActivitiesProgress.orphanedAnswers(report.catalog(), product)) {
            g.writeStartObject();
            g.writeStringField("question", questionId);
            answer(g, product.activities().get(questionId));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void item(JsonGenerator g, ChecklistReport report, ChecklistItem item) throws IOException {
        ChecklistEntry entry = item.entry();
        g.writeStartObject();
        g.writeStringField("key", item.key());
        g.writeStringField("outcome", item.outcomeId());
        if (item.outcome() != null) {
            g.writeStringField("code", item.outcome().code());
            g.writeStringField("title", item.outcome().title());
        }
        if (item.componentId() != null) {
            g.writeStringField("component", item.componentId());
            g.writeStringField("componentName", item.componentName());
        }
        g.writeStringField("status", entry.status().id());
        if (entry.owner() != null) {
            g.writeStringField("owner", entry.owner().id());
        }
        if (entry.justification() != null) {
            g.writeStringField("justification", entry.justification());
        }
        if (entry.evidence() != null) {
            g.writeStringField("evidence", entry.evidence());
        }
        g.writeBooleanField("justificationMissing", entry.lacksJustification());
        g.writeArrayFieldStart("references");
        for (Reference reference : report.references(item)) {
            g.writeString(reference.id());
        }
        g.writeEndArray();
        CatalogJson.why(g, item.reasons());
        g.writeBooleanField("orphaned", item.isOrphaned());
        if (item.isOrphaned()) {
            g.writeStringField("orphanReason", item.orphanReason());
        }
        g.writeEndObject();
    }

    private static void activity(JsonGenerator g, Product product, Activity activity, Progress progress)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", activity.id());
        g.writeNumberField("number", activity.number());
        g.writeStringField("title", activity.title());
        g.writeStringField("section", activity.section());
        g.writeStringField("phase", activity.phase());
        progress(g, "progress", progress);
        g.writeArrayFieldStart("questions");
        for (Question question : activity.questions()) {
            g.writeStartObject();
            g.writeStringField("id", question.id());
            g.writeStringField("section", question.section());
            g.writeStringField("topic", question.topic());
            g.writeStringField("text", question.text());
            answer(g, product.activities().get(question.id()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code "status"} (open when unanswered) and {@code "answer"} when there is one. */
    private static void answer(JsonGenerator g, ActivityAnswer answer) throws IOException {
        g.writeStringField("status", (answer == null ? AnswerStatus.OPEN : answer.status()).id());
        if (answer != null && answer.text() != null) {
            g.writeStringField("answer", answer.text());
        }
    }

    private static void progress(JsonGenerator g, String name, Progress progress) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("done", progress.done());
        g.writeNumberField("total", progress.total());
        g.writeNumberField("percent", progress.percent());
        g.writeEndObject();
    }
}
