package dev.productscope.cli;

import dev.productscope.io.FileProblem;
import dev.productscope.io.ModelFileException;
import dev.productscope.io.ModelReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE...}: checks model files and lists every problem with its location. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks model files. Prints 'OK FILE' for each valid file, or every problem with its"
                + " location (FILE:LINE:COLUMN: JSON path: message).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:some file is invalid", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (.json) to check.")
    List<Path> files;

    @Override
    public Integer call() {
        ModelReader reader = new ModelReader();
        boolean allValid = true;
        for (Path file : files) {
            try {
                reader.read(file);
                spec.commandLine().getOut().println("OK " + file);
            } catch (ModelFileException e) {
                allValid = false;
                for (FileProblem problem : e.problems()) {
                    spec.commandLine().getErr().println(problem);
                }
                spec.commandLine().getErr().println("INVALID " + file + " (" + e.problems().size()
                        + (e.problems().size() == 1 ? " problem)" : " problems)"));
            }
        }
        return allValid ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
