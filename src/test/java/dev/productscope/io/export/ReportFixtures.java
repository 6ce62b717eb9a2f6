package dev.productscope.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analyzer;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Checklist;
import dev.productscope.catalog.ChecklistItem;
import dev.productscope.io.CatalogReader;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.Model;
import dev.productscope.model.OwnerRole;
import dev.productscope.model.Product;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Contexts, assessed models and real parsers the checklist and report export tests share. */
final class ReportFixtures {

    static final Instant GENERATED_AT = Instant.parse("2024-05-01T12:00:00Z");
    static final String GENERATED_TEXT = "2024-05-01T12:00:00Z";
    static final String VERSION = "9.9.9-test";

    /** Every element the HTML exports write; anything else would be markup a user smuggled in. */
    static final Set<String> HTML_ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "header",
            "main", "footer", "nav", "section", "figure", "figcaption", "img", "h1", "h2", "h3", "h4", "p", "ul",
            "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "span", "strong", "code", "time", "div",
            "br");

    private ReportFixtures() {
    }

    static ExportContext context(Model model) {
        Applicability applicability = new Applicability(CatalogReader.bundled(), Analyzer.analyze(model));
        return new ExportContext(applicability, null, null, GENERATED_AT, VERSION, null);
    }

    /**
     * The model with its first product's first checklist item judged not applicable with
     * {@code justification} and {@code evidence}, and its first activity question answered with {@code answer}.
     */
    static Model assessed(Model model, String justification, String evidence, String answer) {
        Product product = model.products().get(0);
        Applicability applicability = new Applicability(CatalogReader.bundled(), Analyzer.analyze(model));
        ChecklistItem item = Checklist.of(applicability, product.id()).items().get(0);
        String question = CatalogReader.bundled().questions().get(0).id();
        Product assessed = product.withChecklistEntry(item.key(), new ChecklistEntry(ChecklistStatus.NOT_APPLICABLE,
                OwnerRole.MANUFACTURER, justification, evidence))
                .withActivityAnswer(question, new ActivityAnswer(AnswerStatus.ANSWERED, answer));
        List<Product> products = new ArrayList<>(model.products());
        products.set(0, assessed);
        return model.withProducts(products);
    }

    static byte[] export(Exporter exporter, ExportContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(context, out);
        return out.toByteArray();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The page read by an HTML5 parser, after checking that an XML parser reads it too and that it
     * holds only the elements the exporter writes, no event handlers and nothing fetched from elsewhere.
     */
    static Document html(byte[] bytes) {
        org.w3c.dom.Document xml = xml(bytes);
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("html");
        Document page = Jsoup.parse(text(bytes));
        for (Element element : page.getAllElements()) {
            if (element == page) {
                continue;
            }
            assertThat(element.normalName()).as("element").isIn(HTML_ELEMENTS);
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase()).as("attribute of " + element.normalName())
                        .doesNotStartWith("on");
            }
        }
        assertThat(page.select("script, iframe, object, embed, link, svg, foreignObject, base, form")).isEmpty();
        page.select("a[href]").forEach(a -> assertThat(a.attr("href")).startsWith("#"));
        page.select("img").forEach(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
        return page;
    }

    /** A real XML parser's view, secure processing on and nothing external loaded. */
    static org.w3c.dom.Document xml(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** What an HTML parser gives back for text the export wrote: controls as U+FFFD, line breaks as LF. */
    static String asParsed(String text) {
        return dev.productscope.io.DisplayText.clean(text).replace("\r\n", "\n").replace('\r', '\n');
    }

    static String pdfText(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text without any whitespace, so words wrapped across lines still match. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The words of Latin letters in the text that a PDF must give back whatever else it holds. */
    static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = Pattern.compile("[A-Za-z]{3,60}").matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static List<CSVRecord> csv(byte[] bytes) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text(bytes))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Markdown table row has as many cells as its table's header, counting only unescaped pipes. */
    static void assertTablesStayTables(String markdown) {
        int columns = -1;
        for (String line : markdown.split("\n", -1)) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = unescaped(line, '|') - 1;
            if (columns < 0) {
                columns = cells;
            }
            assertThat(cells).as("cells in %s", line.length() > 200 ? line.substring(0, 200) : line)
                    .isEqualTo(columns);
        }
    }

    /** How many times {@code c} occurs without an odd run of backslashes before it. */
    static int unescaped(String line, char c) {
        int count = 0;
        int backslashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char at = line.charAt(i);
            if (at == c && backslashes % 2 == 0) {
                count++;
            }
            backslashes = at == '\\' ? backslashes + 1 : 0;
        }
        return count;
    }
}
