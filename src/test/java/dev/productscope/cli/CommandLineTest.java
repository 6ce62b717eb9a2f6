package dev.productscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path folder;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProductScopeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void examplesListsEveryBundledExampleAndMarksTheDefault() {
        Result result = run("examples");

        assertThat(result.code()).isZero();
        for (BundledExamples.Example example : BundledExamples.all()) {
            assertThat(result.out()).contains(example.id());
        }
        assertThat(result.out()).containsPattern("remote-backends\\s+Remote backends\\s+\\(default\\)");
    }

    @Test
    void extractedExamplesAllValidate() throws Exception {
        Path out = folder.resolve("examples");
        assertThat(run("examples", "--extract", out.toString()).code()).isZero();

        List<String> args = new ArrayList<>(List.of("validate"));
        try (var files = Files.list(out)) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        Result result = run(args.toArray(String[]::new));

        assertThat(args).hasSize(1 + BundledExamples.all().size());
        assertThat(result.code()).isZero();
        assertThat(result.out().lines()).hasSize(BundledExamples.all().size()).allMatch(l -> l.startsWith("OK "));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anInvalidFileListsEveryProblemWithItsLocationAndExitsOne() throws Exception {
        Path good = folder.resolve("good.json");
        Files.write(good, BundledExamples.defaultExample().bytes());
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, """
                {
                  "format": "productscope-model",
                  "version": 1,
                  "name": "Broken",
                  "components": [
                    { "id": "app", "name": "App", "kind": "mobile-app", "hostedOn": "phone2", "x": 0, "y": 0 },
                    { "id": "bulb", "name": "Bulb", "kind": "iot-device", "zone": "home", "x": 0, "y": 0 }
                  ]
                }
                """);

        Result result = run("validate", good.toString(), bad.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("OK " + good + System.lineSeparator());
        assertThat(result.err()).contains(bad + ":6:57: $.components[0].hostedOn: component 'app' is hosted on"
                + " 'phone2', which does not exist");
        assertThat(result.err()).contains(bad + ":7:59: $.components[1].zone: component 'bulb' is in zone 'home',"
                + " which does not exist");
        assertThat(result.err()).contains("INVALID " + bad + " (2 problems)");
    }

    @Test
    void aMissingFileIsAnInvalidFile() {
        Result result = run("validate", folder.resolve("absent.json").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("absent.json: $: the file does not exist");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate").code()).isEqualTo(2);
        assertThat(run("validate").err()).contains("Missing required parameter");
        assertThat(run("no-such-command").code()).isEqualTo(2);
        assertThat(run("examples", "--bogus").code()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : List.of("validate", "analyze", "check", "checklist", "examples")) {
            Result help = run(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage: productscope " + command);
            Result version = run(command, "--version");
            assertThat(version.code()).isZero();
            assertThat(version.out()).contains("ProductScope ").contains("Model file format version 1");
        }
        assertThat(run("--version").out()).contains("ProductScope ");
        assertThat(run("--help").out()).contains("validate").contains("analyze").contains("check").contains("checklist")
                .contains("examples");
    }

    @Test
    void runsHeadless() {
        run("examples");

        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }
}
