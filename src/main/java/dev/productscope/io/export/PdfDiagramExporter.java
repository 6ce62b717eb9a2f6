package dev.productscope.io.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfWriter;
import dev.productscope.render.DrawnText;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The annotated diagram as a one-page vector PDF (OpenPDF), the page sized to the picture. Shapes
 * and text are vector outlines drawn through the shared Graphics2D adapter, with an invisible
 * text layer over them for search and extraction (see {@link PdfPagePainter}).
 */
public final class PdfDiagramExporter implements Exporter {

    /** Acrobat's largest page side (200 inches); larger pictures are scaled down to fit. */
    private static final double MAX_PAGE_SIDE = 14_400;

    @Override
    public void export(ExportContext context, OutputStream out) {
        context.step(0.1, "Laying out the diagram");
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);
        double fit = Math.min(1, MAX_PAGE_SIDE / Math.max(diagram.width(), diagram.height()));
        float width = (float) (diagram.width() * fit);
        float height = (float) (diagram.height() * fit);
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            describe(document, context);
            document.open();
            context.step(0.3, "Drawing the diagram");
            PdfPagePainter.paint(diagram, writer.getDirectContent(), fit, textFont());
            context.step(0.9, "Writing the PDF");
            document.close();
        } catch (DocumentException e) {
            throw new ExportException("cannot make the PDF: " + e.getMessage(), e);
        }
    }

    // The reports' embedded Unicode font when the system has one, so extracted text keeps its accents and scripts.
    private static BaseFont textFont() {
        return PdfStyle.load().fontMapper().awtToPdf(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN,
                10));
    }

    // Document properties readers show; dates from the context, so output is repeatable.
    private static void describe(Document document, ExportContext context) {
        document.addTitle(DrawnText.clean(context.model().name()));
        document.addSubject("Annotated diagram");
        document.addCreator("ProductScope " + context.programVersion());
        Calendar made = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        made.setTimeInMillis(context.generatedAt().toEpochMilli());
        document.addCreationDate(new PdfDate(made));
        document.addModificationDate(new PdfDate(made));
    }
}
