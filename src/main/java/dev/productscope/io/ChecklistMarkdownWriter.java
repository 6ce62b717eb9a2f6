package dev.productscope.io;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a checklist as GitHub-flavoured Markdown, for people: headings, bullet lists and tables,
 * from a template whose every value is escaped so that user text can neither end a table cell nor
 * turn into markup.
 */
public final class ChecklistMarkdownWriter implements ChecklistWriter {

    /** Characters with a meaning in (GitHub-flavoured) Markdown, written with a backslash before them. */
    private static final String SPECIAL = "\\`*[]<>#~&|$";
    private static final String BREAK = "<br>";
    private static final Template TEMPLATE = Templates.compile("checklist.md", ChecklistMarkdownWriter::cell);
    /** {@code {{#oneLine}}...{{/oneLine}}}: a heading or list item must stay on its one line. */
    private static final Mustache.Lambda ONE_LINE = (fragment, out) -> out.write(fragment.execute()
            .replace(BREAK, " "));

    private final ChecklistView.Stamp stamp;

    /** Without a stamp, so the command line prints the same checklist every time. */
    public ChecklistMarkdownWriter() {
        this(null);
    }

    /** @param stamp when and by which version the export is made, printed under the title; may be {@code null} */
    public ChecklistMarkdownWriter(ChecklistView.Stamp stamp) {
        this.stamp = stamp;
    }

    @Override
    public void write(ChecklistReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        TEMPLATE.execute(ChecklistView.of(report, stamp), Map.of("oneLine", ONE_LINE), writer);
        // Flush, never close: the caller owns the stream.
        writer.flush();
    }

    /**
     * Text for a table cell: a {@code |} would end the cell and a line break the row, so pipes are
     * escaped and line breaks become {@code <br>}; Markdown's other markup characters are escaped
     * so that names show as typed, and control characters become U+FFFD.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String clean = DisplayText.clean(text.strip());
        StringBuilder md = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '\r' || c == '\n') {
                md.append(BREAK);
                if (c == '\r' && i + 1 < clean.length() && clean.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '_') {
                // An underscore inside a word never starts emphasis; left bare, ids like a_b stay readable.
                boolean inWord = i > 0 && i + 1 < clean.length() && Character.isLetterOrDigit(clean.charAt(i - 1))
                        && Character.isLetterOrDigit(clean.charAt(i + 1));
                md.append(inWord ? "_" : "\\_");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    md.append('\\');
                }
                md.append(c);
            }
        }
        return md.toString();
    }

    /** Text for a heading or list item, which must stay on one line. */
    static String inline(String text) {
        return cell(text).replace(BREAK, " ");
    }
}
