package dev.productscope.render;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.io.PngExporter;
import dev.productscope.model.Model;
import java.awt.image.BufferedImage;

/** A diagram rendered to pixels, with lookups in model coordinates, for tests. */
record RenderedDiagram(BufferedImage image, DiagramGeometry geometry, Rect shown, double scale) {

    static RenderedDiagram of(Model model, RenderOptions options) {
        Analysis analysis = Analyzer.analyze(model);
        DiagramGeometry geometry = DiagramGeometry.of(model, analysis);
        BufferedImage image = new PngExporter().render(model, analysis, options, 1);
        return new RenderedDiagram(image, geometry, PngExporter.drawnBounds(geometry, options), 1);
    }

    int px(double modelX) {
        return (int) Math.floor((modelX - shown.x() + PngExporter.MARGIN) * scale);
    }

    int py(double modelY) {
        return (int) Math.floor((modelY - shown.y() + PngExporter.MARGIN) * scale);
    }

    static double distance(int argb, Rgb colour) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return Math.sqrt(Math.pow(r - colour.red(), 2) + Math.pow(g - colour.green(), 2)
                + Math.pow(b - colour.blue(), 2));
    }

    /** The share of the pixels inside a model rectangle within {@code tolerance} of a colour. */
    double shareNear(Rect area, Rgb colour, double tolerance) {
        int total = 0;
        int near = 0;
        for (int y = py(area.y()); y < py(area.maxY()); y++) {
            for (int x = px(area.x()); x < px(area.maxX()); x++) {
                total++;
                if (distance(image.getRGB(x, y), colour) <= tolerance) {
                    near++;
                }
            }
        }
        return total == 0 ? 0 : (double) near / total;
    }

    /** Whether any pixel within two pixels of a model point is within {@code tolerance} of a colour. */
    boolean near(double x, double y, Rgb colour, double tolerance) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (distance(image.getRGB(px(x) + dx, py(y) + dy), colour) <= tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The share of the image that is not white. */
    double inkShare() {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / (image.getWidth() * image.getHeight());
    }
}
