package dev.productscope.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.Component;
import dev.productscope.model.Extensions;
import dev.productscope.model.Flow;
import dev.productscope.model.JsonEnum;
import dev.productscope.model.Link;
import dev.productscope.model.Model;
import dev.productscope.model.Numbers;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes model files deterministically: the same model gives the same bytes. Two-space
 * indent, keys in FORMAT.md's order, extension keys after them in their original order,
 * whole numbers without a fraction, LF line ends and a trailing newline.
 */
public final class ModelWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper EXTENSION_READER = new ObjectMapper()
            .setNodeFactory(JsonTreeReader.NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** The model as the bytes of a model file. */
    public byte[] toBytes(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** Saves atomically: the previous file stays whole if anything fails. */
    public void save(Model model, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> write(model, out));
    }

    public void write(Model model, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", ModelFormat.FORMAT);
            g.writeNumberField("version", ModelFormat.VERSION);
            g.writeStringField("name", model.name());
            optional(g, "description", model.description());
            array(g, "zones", model.zones(), this::zone);
            array(g, "components", model.components(), this::component);
            array(g, "links", model.links(), this::link);
            array(g, "flows", model.flows(), this::flow);
            array(g, "products", model.products(), this::product);
            extensions(g, model.extensions());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private interface ElementWriter<T> {
        void write(JsonGenerator g, T element) throws IOException;
    }

    private static <T> void array(JsonGenerator g, String name, List<T> elements, ElementWriter<T> writer)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T element : elements) {
            writer.write(g, element);
        }
        g.writeEndArray();
    }

    private void zone(JsonGenerator g, Zone zone) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", zone.id());
        g.writeStringField("name", zone.name());
        g.writeStringField("kind", zone.kind().id());
        number(g, "x", zone.x());
        number(g, "y", zone.y());
        number(g, "width", zone.width());
        number(g, "height", zone.height());
        extensions(g, zone.extensions());
        g.writeEndObject();
    }

    private void component(JsonGenerator g, Component c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("kind", c.kind().id());
        optional(g, "zone", c.zone());
        optional(g, "hostedOn", c.hostedOn());
        optional(g, "productSpecific", c.productSpecific());
        optional(g, "required", c.required());
        optional(g, "developer", c.developer());
        optional(g, "applicationLayerAccess", c.applicationLayerAccess());
        number(g, "x", c.x());
        number(g, "y", c.y());
        if (c.width() != null) {
            number(g, "width", c.width());
        }
        if (c.height() != null) {
            number(g, "height", c.height());
        }
        extensions(g, c.extensions());
        g.writeEndObject();
    }

    private void link(JsonGenerator g, Link link) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", link.id());
        g.writeStringField("a", link.a());
        g.writeStringField("b", link.b());
        g.writeStringField("medium", link.medium().id());
        extensions(g, link.extensions());
        g.writeEndObject();
    }

    private void flow(JsonGenerator g, Flow flow) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", flow.id());
        g.writeStringField("from", flow.from());
        g.writeStringField("to", flow.to());
        optional(g, "label", flow.label());
        optional(g, "bidirectional", flow.bidirectional());
        strings(g, "data", flow.data());
        optional(g, "protection", flow.protection());
        strings(g, "via", flow.via());
        extensions(g, flow.extensions());
        g.writeEndObject();
    }

    private void product(JsonGenerator g, Product product) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", product.id());
        g.writeStringField("name", product.name());
        strings(g, "devices", product.devices());
        optional(g, "sector", product.sector());
        if (!product.membership().isEmpty()) {
            g.writeObjectFieldStart("membership");
            for (var entry : product.membership().entrySet()) {
                g.writeStringField(entry.getKey(), entry.getValue().id());
            }
            g.writeEndObject();
        }
        if (!product.checklist().isEmpty()) {
            g.writeObjectFieldStart("checklist");
            for (var entry : product.checklist().entrySet()) {
                ChecklistEntry item = entry.getValue();
                g.writeObjectFieldStart(entry.getKey());
                g.writeStringField("status", item.status().id());
                optional(g, "owner", item.owner());
                optional(g, "justification", item.justification());
                optional(g, "evidence", item.evidence());
                extensions(g, item.extensions());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        if (!product.activities().isEmpty()) {
            g.writeObjectFieldStart("activities");
            for (var entry : product.activities().entrySet()) {
                ActivityAnswer answer = entry.getValue();
                g.writeObjectFieldStart(entry.getKey());
                g.writeStringField("status", answer.status().id());
                optional(g, "answer", answer.text());
                extensions(g, answer.extensions());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        extensions(g, product.extensions());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        if (Numbers.isWhole(value)) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void optional(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }

    private static void optional(JsonGenerator g, String name, JsonEnum value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.id());
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values != null) {
            g.writeArrayFieldStart(name);
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        }
    }

    private static void extensions(JsonGenerator g, Extensions extensions) throws IOException {
        for (Map.Entry<String, String> entry : extensions.values().entrySet()) {
            JsonNode value = EXTENSION_READER.readTree(entry.getValue());
            g.writeFieldName(entry.getKey());
            EXTENSION_READER.writeTree(g, value);
        }
    }
}
