package dev.productscope.io.export;

import dev.productscope.io.export.GraphMlExporter.ComponentGraph;
import dev.productscope.model.Model;
import dev.productscope.model.Zone;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The link and flow graphs as Graphviz DOT, written by jgrapht-io: the same directed multigraph
 * and attributes as {@link GraphMlExporter}, with zones drawn as clusters, links as grey
 * undirected lines and flows as arrows coloured by protection. Every value is also kept exactly
 * (in {@code name}, {@code zoneName}, ...) beside the {@code label} Graphviz shows.
 */
public final class DotExporter implements Exporter {

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0.1, "Building the link and flow graphs");
        ComponentGraph graph = ComponentGraph.of(context);
        Model model = context.model();
        context.step(0.4, "Writing DOT");
        org.jgrapht.nio.dot.DOTExporter<String, ComponentGraph.Edge> exporter =
                new org.jgrapht.nio.dot.DOTExporter<>(DotExporter::quotedId);
        exporter.setGraphIdProvider(() -> "productscope");
        exporter.setGraphAttributeProvider(() -> graphAttributes(model));
        exporter.setVertexAttributeProvider(v -> vertexAttributes(graph.vertexAttributes(v)));
        exporter.setEdgeAttributeProvider(DotExporter::edgeAttributes);
        StringWriter dot = new StringWriter();
        try {
            exporter.exportGraph(graph.graph(), dot);
        } catch (org.jgrapht.nio.ExportException e) {
            throw new ExportException("cannot write DOT: " + e.getMessage(), e);
        }
        String text = dot.toString();
        int end = text.lastIndexOf('}');
        try {
            out.write((text.substring(0, end) + zoneClusters(model, graph) + text.substring(end))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.step(1, "DOT written");
    }

    /** jgrapht writes graph attributes as they are, unquoted, so each value comes quoted and escaped. */
    private static Map<String, Attribute> graphAttributes(Model model) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", quoted(label(model.name())));
        attributes.put("name", quoted(exact(model.name())));
        attributes.put("labelloc", DefaultAttribute.createAttribute("t"));
        attributes.put("rankdir", DefaultAttribute.createAttribute("LR"));
        attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
        return attributes;
    }

    private static Attribute quoted(Attribute value) {
        return DefaultAttribute.createAttribute("\"" + value.getValue().replace("\"", "\\\"") + "\"");
    }

    private static Map<String, Attribute> vertexAttributes(Map<String, String> values) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        values.forEach((key, value) -> attributes.put(key, exact(value)));
        attributes.put("label", label(values.get("name")));
        attributes.put("shape", DefaultAttribute.createAttribute("box"));
        attributes.put("style", DefaultAttribute.createAttribute("rounded,filled"));
        attributes.put("fillcolor", DefaultAttribute.createAttribute(fill(values.get("category"))));
        attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(ComponentGraph.Edge edge) {
        Map<String, String> values = edge.attributes();
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("id", exact(edge.id()));
        values.forEach((key, value) -> attributes.put(key, exact(value)));
        boolean link = "link".equals(values.get("type"));
        attributes.put("label", label(link ? values.get("medium") : values.getOrDefault("name", edge.id())));
        attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
        attributes.put("fontsize", DefaultAttribute.createAttribute("10"));
        if (link) {
            attributes.put("dir", DefaultAttribute.createAttribute("none"));
            attributes.put("color", DefaultAttribute.createAttribute("gray55"));
            attributes.put("style", DefaultAttribute.createAttribute("dashed"));
        } else {
            attributes.put("dir", DefaultAttribute.createAttribute(
                    Boolean.parseBoolean(values.get("bidirectional")) ? "both" : "forward"));
            attributes.put("color", DefaultAttribute.createAttribute(switch (values.get("protection")) {
                case "application" -> "darkgreen";
                case "transport" -> "darkorange";
                default -> "red3";
            }));
        }
        return attributes;
    }

    /**
     * One cluster per zone with what stands in it (hosted software with its host), so Graphviz draws
     * the zones. Written here, not by jgrapht's subgraph provider: jgrapht 1.5.3 adds a stray
     * {@code cluster_N [ ];} node statement to every cluster it writes.
     */
    private static String zoneClusters(Model model, ComponentGraph graph) {
        StringBuilder clusters = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < model.zones().size(); i++) {
            Zone zone = model.zones().get(i);
            if (!seen.add(zone.id())) {
                continue;
            }
            clusters.append("  subgraph \"cluster_").append(i).append("\" {\n    graph [ label=")
                    .append(quoted(label(zone.name())).getValue()).append(" name=")
                    .append(quoted(exact(zone.name())).getValue())
                    .append(" style=\"rounded\" color=\"gray40\" fontname=\"Helvetica\" ];\n");
            for (String id : graph.graph().vertexSet()) {
                if (zone.id().equals(graph.vertexAttributes(id).get("zone"))) {
                    clusters.append("    ").append(quotedId(id)).append(";\n");
                }
            }
            clusters.append("  }\n");
        }
        return clusters.toString();
    }

    private static String fill(String category) {
        if (category == null) {
            return "white";
        }
        return switch (category) {
            case "iot-product-component" -> "#cfe2f3";
            case "iot-infrastructure" -> "#fce5cd";
            case "hosting-hardware-platform" -> "#d9ead3";
            default -> "#eeeeee"; // network infrastructure
        };
    }

    /** A DOT id in quotes, escaped like every other value (model ids need it for their hyphens and dots). */
    static String quotedId(String id) {
        return quoted(exact(id)).getValue();
    }

    /** A value kept exactly for DOT readers; jgrapht escapes its double quotes. */
    static Attribute exact(String value) {
        return DefaultAttribute.createAttribute(dotSafe(value));
    }

    /** What Graphviz shows: its label escapes for backslash and line ends, no other control characters. */
    static Attribute label(String value) {
        StringBuilder label = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                label.append("\\\\");
            } else if (c == '\r' || c == '\n') {
                label.append("\\n");
                i += c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n' ? 1 : 0;
            } else {
                label.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return DefaultAttribute.createAttribute(dotSafe(label.toString()));
    }

    /**
     * Graphviz reads {@code \\"} as an escaped backslash then the closing quote; jgrapht reads it as
     * a backslash then an escaped quote, and reads past a closing quote that follows a backslash.
     * No quoted string can satisfy both, so a backslash is never written right before a double
     * quote or the end of the text: a space goes between. The rest is kept as it is, except what
     * UTF-8 cannot hold ({@link GraphMlExporter#xmlText}).
     */
    static String dotSafe(String value) {
        String text = GraphMlExporter.xmlText(value);
        if (text.indexOf('\\') < 0) {
            return text;
        }
        String spaced = text.replace("\\\"", "\\ \"");
        return spaced.endsWith("\\") ? spaced + " " : spaced;
    }
}
