package dev.productscope.io.export;

import com.lowagie.text.Chapter;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.productscope.io.ChecklistView;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * A PDF export through OpenPDF's document API: A4 pages numbered in the footer, the title block,
 * the diagram as vectors on a page of its own, then chapters with bookmarks.
 */
final class PdfDocumentWriter {

    private static final float MARGIN = 40;

    private final Document document;
    private final PdfWriter writer;
    private final PdfStyle style;
    private int chapters;

    PdfDocumentWriter(OutputStream out, PdfStyle style, ReportModel.Header header) {
        this.style = style;
        document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        writer = PdfWriter.getInstance(document, new KeepOpen(out));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        document.addTitle(header.title() + ": " + PdfStyle.plain(header.modelName()).replace('\n', ' '));
        document.addCreator("ProductScope " + header.stamp().programVersion());
        document.addCreationDate(date(header.stamp().generatedAt()));
        HeaderFooter footer = new HeaderFooter(style.phrase("ProductScope " + header.title().toLowerCase()
                + ", generated " + header.stamp().generatedAt() + "  \u00b7  page ", style.muted), true);
        footer.setBorder(Rectangle.TOP);
        footer.setBorderColor(PdfStyle.MUTED);
        footer.setBorderWidth(0.3f);
        footer.setAlignment(Element.ALIGN_RIGHT);
        document.setFooter(footer);
        document.open();
    }

    private static PdfDate date(String isoInstant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(java.time.Instant.parse(isoInstant).toEpochMilli());
        return new PdfDate(calendar);
    }

    /** Page one: what the document is of, when it was made, by which version, against which catalogs. */
    void titleBlock(ReportModel.Header header) {
        document.add(style.paragraph("ProductScope " + header.title().toLowerCase(), style.muted));
        document.add(style.block(style.paragraph(header.modelName(), style.title)));
        if (header.description() != null) {
            document.add(style.block(style.paragraph(header.description(), style.body)));
        }
        PdfPTable facts = style.table(1.2f, 4);
        facts.setHeaderRows(0);
        facts.setSpacingBefore(10);
        facts.addCell(style.cell("Model", style.smallBold));
        facts.addCell(style.cell(header.summary(), style.body));
        facts.addCell(style.cell("Generated", style.smallBold));
        facts.addCell(style.cell(header.stamp().generatedAt() + " by ProductScope "
                + header.stamp().programVersion(), style.body));
        facts.addCell(style.cell("Catalogs in force", style.smallBold));
        Paragraph catalogs = new Paragraph();
        for (ChecklistView.CatalogRow row : header.catalogs()) {
            catalogs.add(style.paragraph(row.title() + " " + row.version() + " (" + row.origin() + ")", style.body));
        }
        facts.addCell(style.cell(catalogs));
        document.add(facts);
        if (!header.products().isEmpty()) {
            document.add(style.paragraph("Products", style.h2));
            for (ReportModel.ProductLink link : header.products()) {
                document.add(style.block(style.paragraph("\u2022 " + link.name(), style.body)));
            }
        }
    }

    /**
     * The diagram on a page of its own, landscape when it is wider than tall, as vectors scaled to
     * fit: labels stay text, drawn in the embedded font.
     */
    void diagramPage(AnnotatedDiagram diagram, String caption) {
        float width = (float) diagram.width();
        float height = (float) diagram.height();
        Rectangle page = width > height ? PageSize.A4.rotate() : PageSize.A4;
        document.setPageSize(page);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        // Outlines plus a text layer, as the diagram PDF draws it: OpenPDF's own text would reverse Hebrew and not join Arabic.
        PdfPagePainter.paint(diagram, template, 1, style.fontMapper().awtToPdf(
                new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10)));
        Image image = Image.getInstance(template);
        // Room for the heading and caption above the picture and the footer below it.
        image.scaleToFit(page.getWidth() - 2 * MARGIN, page.getHeight() - 2 * MARGIN - 85);
        image.setAlignment(Image.ALIGN_CENTER);
        Chapter chapter = style.chapter("Diagram", ++chapters);
        Paragraph legend = style.paragraph(caption, style.muted);
        legend.setSpacingAfter(6);
        chapter.add(legend);
        chapter.add(image);
        document.add(chapter);
        document.setPageSize(PageSize.A4);
    }

    Chapter chapter(String title) {
        return style.chapter(title, ++chapters);
    }

    void add(Element element) {
        document.add(element);
    }

    /** Ends the PDF; the stream stays open for the caller. */
    void close() {
        document.close();
    }

    /** OpenPDF closes the stream it writes to; the exporter's caller owns it. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
