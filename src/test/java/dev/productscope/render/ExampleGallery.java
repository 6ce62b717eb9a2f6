package dev.productscope.render;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.PngExporter;
import dev.productscope.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every bundled example as a PNG into a folder, for looking at the pictures by eye. */
public final class ExampleGallery {

    private ExampleGallery() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/gallery");
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        Files.createDirectories(folder);
        for (BundledExamples.Example example : BundledExamples.all()) {
            Model model = example.load();
            Analysis analysis = Analyzer.analyze(model);
            Path target = folder.resolve(example.id() + ".png");
            new PngExporter().export(model, analysis, RenderOptions.defaults(), scale, target);
            System.out.println(target);
        }
    }
}
