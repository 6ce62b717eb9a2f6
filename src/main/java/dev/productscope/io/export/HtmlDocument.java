package dev.productscope.io.export;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.productscope.io.DisplayText;
import dev.productscope.io.Templates;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An HTML export written part by part from templates, so that progress can be reported and the
 * export cancelled between parts. The pages are XHTML-compatible HTML5 (every element closed,
 * only XML's own entities), so an XML parser reads them as well as a browser does.
 */
final class HtmlDocument {

    /**
     * Every value escaped for HTML text and attributes, with characters XML forbids shown as U+FFFD
     * and line breaks as LF, which is what HTML and XML parsers turn every line break into.
     */
    static final Mustache.Escaper ESCAPER = text -> Escapers.HTML.escape(DisplayText.clean(text)
            .replace("\r\n", "\n").replace('\r', '\n'));

    static final Template START = template("page-start.html");
    static final Template END = template("page-end.html");

    private final Writer writer;

    HtmlDocument(OutputStream out) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    static Template template(String name) {
        return Templates.compile(name, ESCAPER);
    }

    /** Writes one part and hands it on, so a cancelled export has still written what it had. */
    void write(Template template, Object context) {
        template.execute(context, writer);
        flush();
    }

    /** Flushes, never closes: the caller owns the stream. */
    void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
