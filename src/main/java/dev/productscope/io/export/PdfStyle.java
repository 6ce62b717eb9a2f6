package dev.productscope.io.export;

import com.lowagie.text.Chapter;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.productscope.io.DisplayText;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fonts and building blocks of the PDF exports. A TrueType font with wide coverage (DejaVu Sans,
 * Liberation Sans or Arial, whichever the system has) is embedded, so accented, Greek, Cyrillic,
 * Hebrew and Arabic text shows. Limitation: a character the font lacks (colour emoji, for one) is
 * drawn from Helvetica when it has it, else shown as U+FFFD; on a system with none of these fonts
 * only Helvetica's Latin-1 characters show and the others are left out. Either way the rest of
 * the text stays whole and extractable.
 */
final class PdfStyle {

    /** Font families to try, regular then bold, most complete first. */
    private static final List<List<String>> FAMILIES = List.of(
            List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
            List.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            List.of("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Bold.ttf"),
            List.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
                    "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
            List.of("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"));

    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

    static final Color INK = new Color(0x1d, 0x23, 0x30);
    static final Color MUTED = new Color(0x5a, 0x64, 0x75);
    static final Color ACCENT = new Color(0x22, 0x47, 0x7d);
    static final Color WARN = new Color(0xa6, 0x1b, 0x1b);
    private static final Color RULE = new Color(0xcf, 0xd6, 0xe0);
    private static final Color HEAD = new Color(0xee, 0xf2, 0xf8);

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont helvetica;
    final Font body;
    final Font small;
    final Font smallBold;
    final Font muted;
    final Font warn;
    final Font title;
    final Font h1;
    final Font h2;
    final Font h3;

    private PdfStyle(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
        this.helvetica = standard(BaseFont.HELVETICA);
        body = new Font(regular, 9.5f, Font.NORMAL, INK);
        small = new Font(regular, 7.5f, Font.NORMAL, INK);
        smallBold = new Font(bold, 7.5f, Font.NORMAL, INK);
        muted = new Font(regular, 8f, Font.NORMAL, MUTED);
        warn = new Font(bold, 8f, Font.NORMAL, WARN);
        title = new Font(bold, 22f, Font.NORMAL, INK);
        h1 = new Font(bold, 16f, Font.NORMAL, ACCENT);
        h2 = new Font(bold, 12.5f, Font.NORMAL, ACCENT);
        h3 = new Font(bold, 10.5f, Font.NORMAL, INK);
    }

    static PdfStyle load() {
        for (List<String> family : FAMILIES) {
            Path regular = Path.of(family.get(0));
            Path bold = Path.of(family.get(1));
            try {
                if (Files.isRegularFile(regular)) {
                    BaseFont base = embedded(regular);
                    return new PdfStyle(base, Files.isRegularFile(bold) ? embedded(bold) : base);
                }
            } catch (IOException | RuntimeException e) {
                // A font file OpenPDF cannot read: try the next family.
            }
        }
        return new PdfStyle(standard(BaseFont.HELVETICA), standard(BaseFont.HELVETICA_BOLD));
    }

    private static BaseFont standard(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new ExportException("OpenPDF's standard font " + name + " is missing: " + e.getMessage(), e);
        }
    }

    private static BaseFont embedded(Path file) throws IOException {
        return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }

    /** Maps the diagram's fonts onto the embedded ones, so its labels are text a reader can search. */
    FontMapper fontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return new java.awt.Font(java.awt.Font.SANS_SERIF, font == bold ? java.awt.Font.BOLD
                        : java.awt.Font.PLAIN, size);
            }
        };
    }

    /**
     * User text as a phrase: each character in the first font that has it; one that neither has
     * shows as U+FFFD, or is left out when it is an invisible format character or mark.
     */
    Phrase phrase(String text, Font font) {
        Font fallback = new Font(helvetica, font.getSize(), font.getStyle(), font.getColor());
        BaseFont primary = font.getBaseFont();
        // The phrase's own font sizes what OpenPDF adds to it, such as the footer's page number.
        Phrase phrase = new Phrase(font.getSize() * 1.35f, "", font);
        StringBuilder run = new StringBuilder();
        Font runFont = font;
        String plain = plain(text);
        for (int i = 0; i < plain.length(); ) {
            int c = plain.codePointAt(i);
            i += Character.charCount(c);
            Font use = c == '\n' || primary.charExists(c) ? font : helvetica.charExists(c) ? fallback : null;
            if (use == null) {
                int type = Character.getType(c);
                if (type == Character.FORMAT || type == Character.NON_SPACING_MARK
                        || !primary.charExists(DisplayText.REPLACEMENT)) {
                    continue;
                }
                use = font;
                c = DisplayText.REPLACEMENT;
            }
            if (use != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = use;
            run.appendCodePoint(c);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), runFont));
        }
        return phrase;
    }

    /**
     * Line breaks as PDF paragraphs take them, tabs as spaces, what no font can draw as U+FFFD, and
     * without explicit bidi controls: an override would draw Latin letters backwards, and text copied
     * out of the PDF would come out backwards too; right-to-left scripts still read right to left.
     */
    static String plain(String text) {
        return BIDI_CONTROLS.matcher(DisplayText.clean(text)).replaceAll("").replace("\r\n", "\n")
                .replace('\r', '\n').replace("\t", "    ");
    }

    Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(phrase(text, font));
        paragraph.setLeading(font.getSize() * 1.35f);
        return paragraph;
    }

    /** "Label: value" on one line, the label bold. */
    Paragraph fact(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.setLeading(body.getSize() * 1.4f);
        paragraph.add(phrase(label + ": ", new Font(bold, body.getSize(), Font.NORMAL, INK)));
        paragraph.add(phrase(value, body));
        return paragraph;
    }

    Chapter chapter(String title, int number) {
        Chapter chapter = new Chapter(heading(title, h1, 0), number);
        chapter.setNumberDepth(0);
        chapter.setBookmarkTitle(bookmark(title));
        chapter.setBookmarkOpen(false);
        return chapter;
    }

    Section section(Section parent, String title, Font font) {
        Section section = parent.addSection(heading(title, font, 2));
        section.setNumberDepth(0);
        section.setBookmarkTitle(bookmark(title));
        section.setBookmarkOpen(false);
        return section;
    }

    private Paragraph heading(String text, Font font, float before) {
        Paragraph heading = paragraph(PdfBidi.visual(plain(text)), font);
        heading.setLeading(font.getSize() * 1.2f);
        heading.setSpacingBefore(before);
        heading.setSpacingAfter(3);
        heading.setKeepTogether(true);
        return heading;
    }

    /** A bookmark stays one short line, however long the name. */
    private static String bookmark(String title) {
        String line = plain(title).replace('\n', ' ').strip();
        return line.length() <= 80 ? line : line.substring(0, 79) + "\u2026";
    }

    /**
     * A paragraph of user text laid out in a borderless cell, where OpenPDF orders right-to-left
     * runs and joins Arabic letters as it does in every table.
     */
    PdfPTable block(Paragraph paragraph) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        // OpenPDF starts a table at the baseline of the line above it: room for this text's ascent.
        table.setSpacingBefore(paragraph.getFont().getSize() * 0.5f);
        PdfPCell cell = cell(paragraph);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        table.addCell(cell);
        return table;
    }

    /** A full-width table whose rows split across pages, so a 10,000-character cell still fits. */
    PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.setSplitRows(true);
        table.setSpacingBefore(3);
        table.setSpacingAfter(4);
        return table;
    }

    void headerRow(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = cell(new Paragraph(phrase(title, smallBold)));
            cell.setBackgroundColor(HEAD);
            table.addCell(cell);
        }
    }

    PdfPCell cell(String text) {
        return cell(text, small);
    }

    PdfPCell cell(String text, Font font) {
        Paragraph paragraph = paragraph(text == null ? "" : text, font);
        return cell(paragraph);
    }

    /** A cell with bidirectional text laid out left to right, as the rest of the report reads. */
    PdfPCell cell(Element content) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        cell.setPaddingTop(1);
        cell.setUseAscender(true);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setBorder(Rectangle.BOX);
        return cell;
    }
}
