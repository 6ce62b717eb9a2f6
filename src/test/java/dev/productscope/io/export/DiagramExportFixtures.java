package dev.productscope.io.export;

import dev.productscope.analysis.Analyzer;
import dev.productscope.catalog.Applicability;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import dev.productscope.model.Model;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Contexts and readers the diagram export tests share: fixed date and version, real parsers. */
final class DiagramExportFixtures {

    static final Instant GENERATED_AT = Instant.parse("2024-05-01T23:30:00Z");
    static final String VERSION = "9.9.9-test";

    private DiagramExportFixtures() {
    }

    static Model example(String id) {
        return BundledExamples.find(id).orElseThrow().load();
    }

    static ExportContext context(Model model, ExportOptions options) {
        Applicability applicability = new Applicability(CatalogReader.bundled(), Analyzer.analyze(model));
        return new ExportContext(applicability, options, null, GENERATED_AT, VERSION, null);
    }

    static ExportContext context(Model model) {
        return context(model, ExportOptions.defaults());
    }

    static byte[] export(Exporter exporter, ExportContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(context, out);
        return out.toByteArray();
    }

    /** The SVG as a secure, DTD-refusing XML parser reads it; fails on anything not well-formed. */
    static Document parseSvg(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** The content of every {@code text} element, XML-unescaped, in document order. */
    static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Every element's local name. */
    static List<String> elementNames(Document svg) {
        List<String> names = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            names.add(((Element) nodes.item(i)).getLocalName());
        }
        return names;
    }

    /** All text PDFBox extracts from the PDF. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
