package dev.productscope.io.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.FlowRoute;
import dev.productscope.analysis.Roles;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.Rect;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The whole deployment as an Open Threat Model (OTM 0.2.0) document, so threat-modelling tools
 * that import OTM (IriusRisk, OWASP Threat Dragon) can continue from it: zones become trust
 * zones, components keep their zone or host as parent, flows become dataflows. Threats and
 * mitigations are left for the threat modeller: the lists are written empty.
 */
public final class OtmExporter implements Exporter {

    public static final String OTM_VERSION = "0.2.0";
    /** The one representation every element is placed on. */
    public static final String REPRESENTATION = "architecture-diagram";

    // OTM rates trust from 1 (untrusted) to 100. The customer's premises are shared with other
    // people's equipment and out of the manufacturer's hands, so they rate lower than a cloud
    // under contract, which rates lower than the manufacturer's own data centre; the open
    // internet between them rates lowest.
    static final int CUSTOMER_ENVIRONMENT_TRUST = 30;
    static final int THIRD_PARTY_CLOUD_TRUST = 70;
    static final int MANUFACTURER_DATA_CENTER_TRUST = 90;
    static final int INTERNET_TRUST = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0.1, "Placing the diagram");
        DiagramGeometry geometry = DiagramGeometry.of(context.model(), context.analysis());
        context.step(0.3, "Describing trust zones, components and dataflows");
        ObjectNode document = new Document(context, geometry).build();
        context.step(0.8, "Writing the threat model");
        write(document, out);
        context.step(1, "Threat model written");
    }

    static int trustRating(ZoneKind kind) {
        return switch (kind) {
            case CUSTOMER_ENVIRONMENT -> CUSTOMER_ENVIRONMENT_TRUST;
            case THIRD_PARTY_CLOUD -> THIRD_PARTY_CLOUD_TRUST;
            case MANUFACTURER_DATA_CENTER -> MANUFACTURER_DATA_CENTER_TRUST;
        };
    }

    private static void write(ObjectNode document, OutputStream out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try (JsonGenerator g = new JsonFactory(new ObjectMapper()).createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(printer);
            g.writeTree(document);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One export's worth of state: the model, its analysis and where things are drawn. */
    private static final class Document {

        private final ExportContext context;
        private final Model model;
        private final Analysis analysis;
        private final DiagramGeometry geometry;
        private final Rect origin;
        private final String internetZone;
        private final Rect betweenZones;

        Document(ExportContext context, DiagramGeometry geometry) {
            this.context = context;
            this.model = context.model();
            this.analysis = context.analysis();
            this.geometry = geometry;
            this.origin = geometry.contentBounds();
            this.internetZone = unusedId("internet-zone");
            this.betweenZones = betweenZones();
        }

        /** Where the Internet trust zone is drawn: around what stands in it; {@code null} when nothing does. */
        private Rect betweenZones() {
            Rect all = null;
            boolean any = false;
            for (Component component : model.components()) {
                if (internetZone.equals(parentOf(component).path("trustZone").asText(null))) {
                    any = true;
                    Rect bounds = geometry.componentBounds(component.id()).orElse(null);
                    all = bounds == null ? all : all == null ? bounds : all.union(bounds);
                }
            }
            return !any ? null : all == null ? new Rect(origin.x(), origin.y(), 0, 0) : all.padded(20);
        }

        ObjectNode build() {
            ObjectNode root = NODES.objectNode();
            root.put("otmVersion", OTM_VERSION);
            root.set("project", project());
            ObjectNode representation = root.putArray("representations").addObject();
            representation.put("name", "Architecture diagram");
            representation.put("id", REPRESENTATION);
            representation.put("type", "diagram");
            representation.set("size", size(origin));
            ArrayNode zones = root.putArray("trustZones");
            model.zones().forEach(zone -> zones.add(trustZone(zone.id(), zone.name(), zone.kind().id(),
                    trustRating(zone.kind()), geometry.zoneBounds(zone.id()), null)));
            ArrayNode components = root.putArray("components");
            Set<String> written = new HashSet<>();
            for (Component component : model.components()) {
                if (written.add(component.id())) {
                    components.add(component(component, parentOf(component)));
                }
            }
            if (betweenZones != null) {
                zones.add(trustZone(internetZone, "Internet", "internet", INTERNET_TRUST, Optional.of(betweenZones),
                        "Networks between the zones, and anything drawn outside every zone"));
            }
            ArrayNode dataflows = root.putArray("dataflows");
            for (Flow flow : model.flows()) {
                if (model.component(flow.from()).isPresent() && model.component(flow.to()).isPresent()) {
                    dataflows.add(dataflow(flow));
                }
            }
            root.putArray("threats");
            root.putArray("mitigations");
            return root;
        }

        private ObjectNode project() {
            ObjectNode project = NODES.objectNode();
            project.put("name", model.name());
            project.put("id", slug(model.name()));
            project.put("description", model.description());
            ArrayNode tags = project.putArray("tags");
            model.products().forEach(product -> tags.add(product.name()));
            ObjectNode attributes = project.putObject("attributes");
            attributes.put("generator", "ProductScope " + context.programVersion());
            attributes.put("generatedAt", context.generatedAt().toString());
            attributes.put("catalog", context.catalog().describe());
            return project;
        }

        private ObjectNode trustZone(String id, String name, String type, int rating, Optional<Rect> bounds,
                                     String description) {
            ObjectNode zone = NODES.objectNode();
            zone.put("id", id);
            zone.put("name", name);
            zone.put("type", type);
            if (description != null) {
                zone.put("description", description);
            }
            zone.putObject("risk").put("trustRating", rating);
            bounds.ifPresent(rect -> zone.putArray("representations").add(representation(id, name, rect, origin)));
            return zone;
        }

        /** Hosted software sits in its host; everything else in its zone, or on the internet between zones. */
        private ObjectNode parentOf(Component component) {
            ObjectNode parent = NODES.objectNode();
            Roles roles = analysis.roles(component.id());
            if (roles.host() != null) {
                parent.put("component", roles.host());
            } else {
                parent.put("trustZone", analysis.effectiveZone(component.id()).map(Zone::id).orElse(internetZone));
            }
            return parent;
        }

        private ObjectNode component(Component component, ObjectNode parent) {
            String id = component.id();
            ObjectNode node = NODES.objectNode();
            node.put("id", id);
            node.put("name", component.name());
            node.put("type", component.kind().id());
            node.put("description", component.kind().label());
            node.set("parent", parent);
            String zone = parent.path("trustZone").asText(null);
            Rect parentBounds = zone == null ? geometry.componentBounds(parent.get("component").asText()).orElse(origin)
                    : zone.equals(internetZone) ? betweenZones : geometry.zoneBounds(zone).orElse(origin);
            geometry.componentBounds(id).ifPresent(rect -> node.putArray("representations")
                    .add(representation(id, component.name(), rect, parentBounds)));
            List<String> products = context.applicability().productsOf(id);
            ArrayNode tags = node.putArray("tags");
            tags.add(component.category().label());
            products.forEach(p -> model.product(p).map(Product::name).ifPresent(tags::add));
            ObjectNode attributes = node.putObject("attributes");
            Roles roles = analysis.roles(id);
            attributes.put("kind", component.kind().id());
            attributes.put("category", component.category().id());
            attributes.put("locality", analysis.locality(id).id());
            attributes.put("developer", roles.developer().id());
            attributes.put("operator", roles.operator().id());
            ArrayNode productIds = attributes.putArray("products");
            products.forEach(productIds::add);
            ArrayNode references = attributes.putArray("references");
            context.applicability().forComponent(id).references()
                    .forEach(applied -> references.add(applied.reference().shortName()));
            return node;
        }

        private ObjectNode dataflow(Flow flow) {
            ObjectNode node = NODES.objectNode();
            node.put("id", flow.id());
            node.put("name", flow.label() != null ? flow.label() : flow.id());
            node.put("source", flow.from());
            node.put("destination", flow.to());
            node.put("bidirectional", flow.isBidirectional());
            ArrayNode tags = node.putArray("tags");
            tags.add(flow.effectiveProtection().id());
            flow.dataOrEmpty().forEach(tags::add);
            ObjectNode attributes = node.putObject("attributes");
            attributes.put("protection", flow.effectiveProtection().id());
            ArrayNode data = attributes.putArray("data");
            flow.dataOrEmpty().forEach(data::add);
            FlowRoute route = analysis.route(flow.id());
            ArrayNode crosses = attributes.putArray("crosses");
            route.crosses().forEach(crosses::add);
            attributes.put("leavesCustomerEnvironment", route.leavesCustomerEnvironment());
            attributes.put("crossesOutOfProduct", route.crossesOutOfProduct());
            return node;
        }

        private String unusedId(String base) {
            String id = base;
            for (int n = 2; model.containsId(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }
    }

    /** Positions are relative to the parent, as OTM places nested elements. */
    private static ObjectNode representation(String id, String name, Rect rect, Rect parent) {
        ObjectNode node = NODES.objectNode();
        node.put("representation", REPRESENTATION);
        node.put("name", name);
        node.put("id", id);
        ObjectNode position = node.putObject("position");
        position.put("x", Math.round(rect.x() - parent.x()));
        position.put("y", Math.round(rect.y() - parent.y()));
        node.set("size", size(rect));
        return node;
    }

    private static ObjectNode size(Rect rect) {
        ObjectNode size = NODES.objectNode();
        size.put("width", Math.round(rect.width()));
        size.put("height", Math.round(rect.height()));
        return size;
    }

    /** A readable, safe project id: lower-case ASCII letters and digits joined by hyphens. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "productscope-model" : slug;
    }
}
