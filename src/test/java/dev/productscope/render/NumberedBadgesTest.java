package dev.productscope.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.analysis.Finding;
import dev.productscope.io.BundledExamples;
import dev.productscope.model.Model;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedBadgesTest {

    private final Model model = BundledExamples.find("smart-building").orElseThrow().load();
    private final Analysis analysis = Analyzer.analyze(model);
    private final DiagramGeometry geometry = DiagramGeometry.of(model, analysis);

    @Test
    void byDefaultBadgesShowAMarkNotANumber() {
        List<String> texts = drawnTexts(RenderOptions.defaults());

        assertThat(RenderOptions.defaults().numbering()).isEmpty();
        assertThat(texts).contains("!").doesNotContain("1", "8");
    }

    @Test
    void numberedBadgesShowEachFindingsNumberOnce() {
        List<Finding> findings = analysis.findings();
        List<String> texts = drawnTexts(RenderOptions.defaults().withNumbering(findings));

        assertThat(findings).hasSize(8);
        for (int n = 1; n <= findings.size(); n++) {
            assertThat(texts).filteredOn(Integer.toString(n)::equals).hasSize(1);
        }
        assertThat(texts).doesNotContain("!");
    }

    @Test
    void severalFindingsOnOneElementLineUpSideBySide() {
        Finding first = analysis.findings().get(0);
        List<Finding> same = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            same.add(first);
        }
        List<double[]> at = new ArrayList<>();
        paint(RenderOptions.defaults().withNumbering(same), (text, x, y) -> {
            if (text.matches("[1-6]")) {
                at.add(new double[] {x, y});
            }
        });

        assertThat(at).hasSize(6);
        // Four to a row, leftwards from the anchor, then a second row below.
        assertThat(at.get(1)[0]).isLessThan(at.get(0)[0]);
        assertThat(at.get(3)[1]).isEqualTo(at.get(0)[1]);
        assertThat(at.get(4)[1]).isGreaterThan(at.get(0)[1]);
    }

    private interface TextSink {
        void text(String text, double x, double y);
    }

    private List<String> drawnTexts(RenderOptions options) {
        List<String> texts = new ArrayList<>();
        paint(options, (text, x, y) -> texts.add(text));
        return texts;
    }

    private void paint(RenderOptions options, TextSink sink) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        Graphics2DPainter real = new Graphics2DPainter(g);
        Painter recording = (Painter) java.lang.reflect.Proxy.newProxyInstance(Painter.class.getClassLoader(),
                new Class<?>[] {Painter.class}, (proxy, method, args) -> {
                    if (method.getName().equals("text")) {
                        sink.text((String) args[0], (double) args[1], (double) args[2]);
                    }
                    return method.invoke(real, args);
                });
        new DiagramRenderer().paint(recording, model, analysis, geometry, options);
        g.dispose();
    }
}
