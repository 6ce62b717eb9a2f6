package dev.productscope.io.export;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.ModelGraphs;
import dev.productscope.catalog.Applicability;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * The link and flow graphs as GraphML, written by jgrapht-io: one directed multigraph over the
 * components (vertex id = component id) whose edges carry {@code type} = {@code link} or
 * {@code flow}. Links are undirected in the model; their edges run from end {@code a} to
 * {@code b} and say so by their type.
 */
public final class GraphMlExporter implements Exporter {

    /** Attribute names and GraphML types; booleans are typed, list values are JSON arrays. */
    static final Map<String, AttributeType> VERTEX_KEYS = keys("name", "kind", "category", "zone", "zoneName",
            "locality", "host", "products", "productNames");
    static final Map<String, AttributeType> EDGE_KEYS = keys("type", "name", "medium", "protection",
            "bidirectional", "data", "leavesCustomerEnvironment");

    private static final String XML_10 = "<?xml version=\"1.0\"";
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0.1, "Building the link and flow graphs");
        ComponentGraph graph = ComponentGraph.of(context);
        context.step(0.4, "Writing GraphML");
        GraphMLExporter<String, ComponentGraph.Edge> exporter = new GraphMLExporter<>(v -> v);
        // jgrapht keeps one key per name, so a name both vertices and edges use is declared for all.
        VERTEX_KEYS.forEach((key, type) -> exporter.registerAttribute(key,
                EDGE_KEYS.containsKey(key) ? AttributeCategory.ALL : AttributeCategory.NODE, type));
        EDGE_KEYS.forEach((key, type) -> {
            if (!VERTEX_KEYS.containsKey(key)) {
                exporter.registerAttribute(key, AttributeCategory.EDGE, type);
            }
        });
        exporter.setVertexAttributeProvider(v -> attributes(graph.vertexAttributes(v), VERTEX_KEYS));
        exporter.setEdgeIdProvider(e -> xmlText(e.id()));
        exporter.setEdgeAttributeProvider(e -> attributes(e.attributes(), EDGE_KEYS));
        StringWriter xml = new StringWriter();
        try {
            exporter.exportGraph(graph.graph(), xml);
        } catch (org.jgrapht.nio.ExportException e) {
            throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
        }
        try {
            out.write(declareVersion(xml.toString()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.step(1, "GraphML written");
    }

    private static Map<String, AttributeType> keys(String... names) {
        Map<String, AttributeType> keys = new LinkedHashMap<>();
        for (String name : names) {
            keys.put(name, name.equals("bidirectional") || name.startsWith("leaves") ? AttributeType.BOOLEAN
                    : AttributeType.STRING);
        }
        return keys;
    }

    private static Map<String, Attribute> attributes(Map<String, String> values, Map<String, AttributeType> keys) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        values.forEach((key, value) -> attributes.put(key, keys.get(key) == AttributeType.BOOLEAN
                ? DefaultAttribute.createAttribute(Boolean.valueOf(value))
                : DefaultAttribute.createAttribute(xmlText(value))));
        return attributes;
    }

    /** What no XML version can hold (NUL, U+FFFE, U+FFFF, half a surrogate pair) becomes U+FFFD. */
    static String xmlText(String text) {
        StringBuilder result = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = c == 0 || c == '\uFFFE' || c == '\uFFFF' || (Character.isSurrogate(c) && !pair);
            if (bad && result == null) {
                result = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (result != null) {
                result.append(bad ? '\uFFFD' : c);
                if (pair) {
                    result.append(text.charAt(i + 1));
                }
            }
            i += pair ? 1 : 0;
        }
        return result == null ? text : result.toString();
    }

    /**
     * XML 1.0 cannot hold most control characters even as references; XML 1.1 can. So a document
     * that has them (written as {@code &#1;} by the serializer) is declared 1.1, where a literal
     * U+2028 would be read as a line end and is therefore written as a reference too.
     */
    static String declareVersion(String xml) {
        if (!needsXml11(xml) || !xml.startsWith(XML_10)) {
            return xml;
        }
        return "<?xml version=\"1.1\"" + xml.substring(XML_10.length()).replace("\u2028", "&#8232;");
    }

    private static boolean needsXml11(String xml) {
        Matcher reference = CHARACTER_REFERENCE.matcher(xml);
        while (reference.find()) {
            String number = reference.group(1);
            int code = number.startsWith("x") ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            if (code < 0x20 && code != '\t' && code != '\n' && code != '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * The link graph and the flow graph of the analysis as one directed multigraph over component
     * ids, with the values GraphML and DOT write for each vertex and edge (exact text, in a fixed
     * order). Hosted software stands at its host on links, as in the analysis.
     */
    record ComponentGraph(DirectedPseudograph<String, Edge> graph, Map<String, Map<String, String>> vertices) {

        /** One link or flow; identity equality, so two edges between the same ends stay two. */
        static final class Edge {
            private final String id;
            private final Map<String, String> attributes;

            Edge(String id, Map<String, String> attributes) {
                this.id = id;
                this.attributes = attributes;
            }

            String id() {
                return id;
            }

            Map<String, String> attributes() {
                return attributes;
            }
        }

        static ComponentGraph of(ExportContext context) {
            Analysis analysis = context.analysis();
            Model model = analysis.model();
            ModelGraphs graphs = analysis.graphs();
            DirectedPseudograph<String, Edge> graph = new DirectedPseudograph<>(null, null, false);
            Map<String, Map<String, String>> vertices = new LinkedHashMap<>();
            for (Component component : model.components()) {
                if (graph.addVertex(component.id())) {
                    vertices.put(component.id(), vertex(context.applicability(), component));
                }
            }
            for (Link link : model.links()) {
                int a = graphs.indexOf(link.a());
                int b = graphs.indexOf(link.b());
                if (a >= 0 && b >= 0 && a != b) {
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("type", "link");
                    values.put("medium", link.medium().id());
                    graph.addEdge(graphs.component(graphs.station(a)).id(), graphs.component(graphs.station(b)).id(),
                            new Edge(link.id(), values));
                }
            }
            for (Flow flow : model.flows()) {
                if (model.component(flow.from()).isPresent() && model.component(flow.to()).isPresent()
                        && !flow.from().equals(flow.to())) {
                    graph.addEdge(flow.from(), flow.to(), new Edge(flow.id(), flow(analysis, flow)));
                }
            }
            return new ComponentGraph(graph, vertices);
        }

        Map<String, String> vertexAttributes(String id) {
            return vertices.get(id);
        }

        private static Map<String, String> vertex(Applicability applicability, Component component) {
            Analysis analysis = applicability.analysis();
            String id = component.id();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", component.name());
            values.put("kind", component.kind().id());
            values.put("category", component.category().id());
            analysis.effectiveZone(id).ifPresent(zone -> {
                values.put("zone", zone.id());
                values.put("zoneName", zone.name());
            });
            values.put("locality", analysis.locality(id).id());
            String host = analysis.roles(id).host();
            if (host != null) {
                values.put("host", host);
            }
            List<String> products = applicability.productsOf(id);
            values.put("products", json(products));
            values.put("productNames", json(products.stream().map(p -> analysis.model().product(p)
                    .map(Product::name).orElse(p)).toList()));
            return values;
        }

        private static Map<String, String> flow(Analysis analysis, Flow flow) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("type", "flow");
            if (flow.label() != null) {
                values.put("name", flow.label());
            }
            values.put("protection", flow.effectiveProtection().id());
            values.put("bidirectional", Boolean.toString(flow.isBidirectional()));
            values.put("data", json(flow.dataOrEmpty()));
            values.put("leavesCustomerEnvironment",
                    Boolean.toString(analysis.route(flow.id()).leavesCustomerEnvironment()));
            return values;
        }

        /**
         * A JSON array of strings, with quote, backslash and control characters as \\u escapes:
         * valid JSON that never puts a backslash before a double quote, which DOT cannot carry.
         */
        static String json(List<String> values) {
            StringBuilder json = new StringBuilder("[");
            for (String value : values) {
                json.append(json.length() > 1 ? ",\"" : "\"");
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '"' || c == '\\' || c < 0x20 || c == 0x7F) {
                        json.append("\\u").append(Integer.toHexString(c | 0x10000).substring(1));
                    } else {
                        json.append(c);
                    }
                }
                json.append('"');
            }
            return json.append(']').toString();
        }
    }
}
