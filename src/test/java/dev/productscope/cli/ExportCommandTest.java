package dev.productscope.cli;

import static dev.productscope.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import dev.productscope.io.export.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code export}: every format for every bundled example, and clear refusals. */
class ExportCommandTest {

    @TempDir
    Path folder;
    private Path remoteBackends;

    @BeforeEach
    void extract() throws Exception {
        BundledExamples.extractTo(folder);
        remoteBackends = folder.resolve("remote-backends.json");
    }

    static Stream<Arguments> examplesAndFormats() {
        return BundledExamples.all().stream().flatMap(example -> Stream.of(ExportFormat.values())
                .map(format -> Arguments.of(example.fileName(), format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("examplesAndFormats")
    void everyFormatOfEveryExampleIsWritten(String example, ExportFormat format) throws Exception {
        Path model = folder.resolve(example);
        String firstProduct = dev.productscope.io.BundledExamples.find(example).orElseThrow().load().products().get(0)
                .id();
        Path out = folder.resolve("out" + format.defaultExtension());
        List<String> args = new java.util.ArrayList<>(List.of("export", model.toString(), "--to", out.toString(),
                "--format", format.id()));
        if (format == ExportFormat.CYCLONEDX) {
            args.addAll(List.of("--product", firstProduct));
        }

        CommandLineTest.Result result = run(args.toArray(String[]::new));

        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("wrote " + out);
        assertThat(Files.size(out)).isPositive();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void theFormatComesFromTheEnding() throws Exception {
        Path out = folder.resolve("bulb-a.cdx.json");
        CommandLineTest.Result result = run("export", remoteBackends.toString(), "--to", out.toString(),
                "--product", "p-bulb-a");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("CycloneDX");
        assertThat(Files.readString(out)).contains("\"bomFormat\"");
    }

    @Test
    void anUnknownEndingOrFormatIsRefusedWithTheChoices() {
        CommandLineTest.Result ending = run("export", remoteBackends.toString(), "--to",
                folder.resolve("out.docx").toString());
        assertThat(ending.code()).isEqualTo(2);
        assertThat(ending.err()).contains("cannot tell the format from 'out.docx'").contains(".cdx.json");

        CommandLineTest.Result named = run("export", remoteBackends.toString(), "--to",
                folder.resolve("out.bin").toString(), "--format", "word");
        assertThat(named.code()).isEqualTo(2);
        assertThat(named.err()).contains("unknown format 'word'").contains("report-pdf");
    }

    @Test
    void aBomWithoutAProductOfAManyProductModelIsRefusedAndNothingIsWritten() {
        Path out = folder.resolve("all.cdx.json");
        CommandLineTest.Result result = run("export", remoteBackends.toString(), "--to", out.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("for one product").contains("p-bulb-a");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownProductOrAMissingFolderIsRefused() {
        CommandLineTest.Result product = run("export", remoteBackends.toString(), "--to",
                folder.resolve("x.svg").toString(), "--product", "p-nope");
        assertThat(product.code()).isEqualTo(2);
        assertThat(product.err()).contains("no product 'p-nope'");

        CommandLineTest.Result missing = run("export", remoteBackends.toString(), "--to",
                folder.resolve("no/such/folder/x.svg").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void aFailedExportKeepsThePreviousFile() throws Exception {
        Path out = folder.resolve("all.cdx.json");
        Files.writeString(out, "previous");
        run("export", remoteBackends.toString(), "--to", out.toString());
        assertThat(Files.readString(out)).isEqualTo("previous");
    }
}
