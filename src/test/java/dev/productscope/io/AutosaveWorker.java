package dev.productscope.io;

import dev.productscope.model.Component;
import dev.productscope.model.Model;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for {@link AutosaveCrashTest}: edits forever, saving the user's file every third
 * step and autosaving every step, until it is killed.
 */
public final class AutosaveWorker {

    private AutosaveWorker() {
    }

    /** State {@code i}: the remote-backends example with its first component moved to x = i. */
    static Model state(long i) {
        Model base = BundledExamples.find("remote-backends").orElseThrow().load();
        return moved(base, i);
    }

    static Model moved(Model base, long i) {
        List<Component> components = new ArrayList<>(base.components());
        Component first = components.get(0);
        components.set(0, first.withPosition(i, first.y()));
        return base.withComponents(components);
    }

    /** Which state a model is, read back from the moved component. */
    static long index(Model model) {
        return (long) model.components().get(0).x();
    }

    public static void main(String[] args) throws Exception {
        Path userFile = Path.of(args[0]);
        RecoveryStore store = new RecoveryStore(Path.of(args[1]));
        try {
            store.find();
        } catch (ModelFileException e) {
            System.err.println(e.getMessage());
        }
        Model base = BundledExamples.find("remote-backends").orElseThrow().load();
        ModelWriter writer = new ModelWriter();
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            Model model = moved(base, i);
            if (i % 3 == 0) {
                AtomicFileWriter.write(userFile, out -> writer.write(model, out));
            }
            store.write(model, userFile, Instant.now());
        }
    }
}
