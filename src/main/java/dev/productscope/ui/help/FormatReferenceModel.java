package dev.productscope.ui.help;

import dev.productscope.io.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Help > File Format Reference: the README's "File format" section, which the build copies into
 * the jar so the reference is written once, and the bundled JSON schema. Tested without a window.
 */
final class FormatReferenceModel {

    static final String HEADING = "## File format";
    static final String SCHEMA_FILE_NAME = "productscope-model-1.schema.json";
    static final String HTML_FILE_NAME = "productscope-file-format.html";
    private static final String README = "README.md";
    private static final String SCHEMA = "/dev/productscope/io/" + SCHEMA_FILE_NAME;
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)(https?|mailto):.*");

    private final String section;

    FormatReferenceModel(String readme) {
        this.section = section(readme, HEADING);
    }

    /** From the README in the jar; a short pointer to the README when the build did not copy it. */
    static FormatReferenceModel bundled() {
        String readme = read(FormatReferenceModel.class.getResourceAsStream(README));
        return new FormatReferenceModel(readme != null ? readme
                : HEADING + "\n\nThis build lacks its copy of README.md: see the \"File format\" section there.\n");
    }

    /** The section, heading included, as Markdown. */
    String section() {
        return section;
    }

    /**
     * The lines from {@code heading} up to the next heading of the same level ("## ") outside a
     * fenced code block, trimmed, ending in a newline; empty when there is no such heading.
     */
    static String section(String markdown, String heading) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        boolean fenced = false;
        for (String line : markdown.split("\\R", -1)) {
            if (!inside) {
                inside = line.stripTrailing().equals(heading);
            } else if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("## ")) {
                break;
            }
            if (inside) {
                lines.add(line);
            }
        }
        return lines.isEmpty() ? "" : String.join("\n", lines).strip() + "\n";
    }

    /** The bytes of the model file's JSON schema as shipped in the jar. */
    static byte[] schema() {
        try (InputStream in = FormatReferenceModel.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("The JSON schema " + SCHEMA + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the schema to {@code target}, whole or not at all. */
    void saveSchema(Path target) throws IOException {
        byte[] bytes = schema();
        AtomicFileWriter.write(target, out -> out.write(bytes));
    }

    /**
     * The section parsed, with each link into the source tree (which leads nowhere outside a
     * checkout) replaced by its text; web and mail links stay links.
     */
    Document document() {
        Document document = (Document) Parser.builder().build().parse(section);
        document.accept(new RelativeLinksToText());
        return document;
    }

    /**
     * The section as a standalone HTML page. Links into the source tree lead nowhere from a
     * temporary file, so only web links stay links; raw HTML in the Markdown is escaped.
     */
    String html() {
        String body = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build().render(document());
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="color-scheme" content="light dark">
                <title>ProductScope file format</title>
                <style>
                body { font-family: system-ui, sans-serif; max-width: 50em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
                pre, code { font-family: ui-monospace, monospace; }
                pre { overflow: auto; padding: 0.75em; border: 1px solid rgba(128, 128, 128, 0.4); }
                </style>
                </head>
                <body>
                """ + body + "</body>\n</html>\n";
    }

    /** Writes {@link #html()} into {@code folder}; returns the file. */
    Path writeHtml(Path folder) throws IOException {
        Path file = folder.resolve(HTML_FILE_NAME);
        byte[] bytes = html().getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> out.write(bytes));
        return file;
    }

    private static String read(InputStream in) {
        if (in == null) {
            return null;
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces each link that is not a web or mail address by its text. */
    private static final class RelativeLinksToText extends AbstractVisitor {
        @Override
        public void visit(Link link) {
            visitChildren(link);
            if (!ABSOLUTE.matcher(link.getDestination()).matches()) {
                Node child = link.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.insertBefore(child);
                    child = next;
                }
                link.unlink();
            }
        }
    }
}
