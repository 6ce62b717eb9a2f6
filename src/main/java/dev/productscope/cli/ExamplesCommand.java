package dev.productscope.cli;

import dev.productscope.io.BundledExamples;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code examples [--extract DIR]}: lists the bundled example models or writes them out. */
@Command(name = "examples",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the example models bundled with ProductScope (the seven NIST CSWP 33 deployment"
                + " examples and a smart building), or writes them into a folder.")
final class ExamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--extract", paramLabel = "DIR", description = "Write every example into DIR (created if"
            + " needed), replacing files of the same name.")
    Path extractTo;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (extractTo != null) {
            for (Path written : BundledExamples.extractTo(extractTo)) {
                out.println("wrote " + written);
            }
            return ExitCodes.OK;
        }
        for (BundledExamples.Example example : BundledExamples.all()) {
            String marker = example.equals(BundledExamples.defaultExample()) ? "  (default)" : "";
            out.printf("%-32s %s%s%n", example.id(), example.title(), marker);
        }
        return ExitCodes.OK;
    }
}
