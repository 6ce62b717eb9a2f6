package dev.productscope.ui.editor;

import dev.productscope.io.RecoveryStore;
import dev.productscope.model.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Writes the open document to the {@link RecoveryStore} every {@link #intervalSecondsProperty()
 * N seconds} while it has unsaved changes, and clears the store once it is clean again. Writing
 * happens on one background thread: the FX thread only hands over the (immutable) model.
 */
public final class Autosaver {

    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

    private final EditorViewModel viewModel;
    private final RecoveryStore store;
    private final Clock clock;
    private final IntegerProperty intervalSeconds = new SimpleIntegerProperty(this, "intervalSeconds", 30);
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "autosave");
        thread.setDaemon(true);
        return thread;
    });
    /** The document as the FX thread last saw it, read by the writer thread. */
    private volatile Snapshot current;
    /** Only touched on the writer thread. */
    private Model lastWritten;
    /** Whether stop() may clear the store: false while it holds a recovery the user declined. */
    private volatile boolean ownsStore = true;
    private ScheduledFuture<?> ticks;
    private boolean stopped;

    private record Snapshot(Model model, Path file, boolean dirty) {
    }

    public Autosaver(EditorViewModel viewModel, RecoveryStore store) {
        this(viewModel, store, Clock.systemUTC());
    }

    Autosaver(EditorViewModel viewModel, RecoveryStore store, Clock clock) {
        this.viewModel = viewModel;
        this.store = store;
        this.clock = clock;
        current = snapshot();
        viewModel.modelProperty().addListener((obs, old, now) -> current = snapshot());
        viewModel.fileProperty().addListener((obs, old, now) -> current = snapshot());
        viewModel.dirtyProperty().addListener((obs, was, dirty) -> {
            current = snapshot();
            if (!dirty && !writer.isShutdown()) {
                writer.execute(this::clear);
            }
        });
        intervalSeconds.addListener((obs, old, now) -> schedule());
    }

    /** Seconds between autosaves; 0 turns autosaving off. */
    public IntegerProperty intervalSecondsProperty() {
        return intervalSeconds;
    }

    /** Starts the periodic autosave. */
    public void start() {
        stopped = false;
        schedule();
    }

    /**
     * Keeps what is in the store now (a recovery the user declined) until this session writes
     * its own or the document is saved; a clean exit alone then leaves it in place.
     */
    public void keepExisting() {
        ownsStore = false;
    }

    /** Clean exit: stops autosaving and clears the store, unless it holds a recovery the user declined. */
    public void stop() {
        if (writer.isShutdown()) {
            return;
        }
        stopped = true;
        schedule();
        writer.execute(() -> {
            if (ownsStore) {
                clear();
            }
        });
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs one autosave on the writer thread and waits for it, as if the interval had passed. */
    void autosaveNow() {
        runAndWait(this::tick);
    }

    /** Waits until every write and clear handed over so far is done. */
    void awaitIdle() {
        runAndWait(() -> { });
    }

    private void runAndWait(Runnable task) {
        try {
            writer.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Snapshot snapshot() {
        return new Snapshot(viewModel.getModel(), viewModel.fileProperty().get(), viewModel.dirtyProperty().get());
    }

    private void schedule() {
        if (ticks != null) {
            ticks.cancel(false);
            ticks = null;
        }
        int seconds = intervalSeconds.get();
        if (!stopped && seconds > 0 && !writer.isShutdown()) {
            ticks = writer.scheduleWithFixedDelay(this::tick, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    private void tick() {
        Snapshot now = current;
        if (!now.dirty() || now.model() == lastWritten) {
            return;
        }
        try {
            store.write(now.model(), now.file(), clock.instant());
            lastWritten = now.model();
            ownsStore = true;
        } catch (IOException | RuntimeException e) {
            report("Autosave failed: " + e.getMessage(), e);
        }
    }

    private void clear() {
        lastWritten = null;
        try {
            store.clear();
            ownsStore = true;
        } catch (IOException e) {
            report("Could not remove the autosaved copy: " + e.getMessage(), e);
        }
    }

    // A failed autosave must never stop editing: it is logged and shown in the status line.
    private void report(String message, Exception error) {
        LOG.log(System.Logger.Level.WARNING, message, error);
        try {
            Platform.runLater(() -> viewModel.showMessage(message));
        } catch (IllegalStateException noToolkit) {
            // No JavaFX toolkit (tests): the log has it.
        }
    }
}
