package dev.productscope.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One {@link RecoveryStore} for each ProductScope running at once, so that two windows never write
 * over, or clear, each other's recovery. Slot 0 is the recovery folder itself, slot n its
 * subfolder {@code instance-n}. A running session holds an OS file lock on its slot's
 * {@value #LOCK_FILE}; the OS lets go of it when the process ends, however it ends, so a slot
 * that can be locked belongs to nobody running, and a recovery in it was left by a crash.
 */
public final class RecoverySlots {

    static final String LOCK_FILE = "in-use.lock";
    static final int MAX_SLOTS = 16;
    private static final System.Logger LOG = System.getLogger(RecoverySlots.class.getName());

    private final Path base;

    public RecoverySlots(Path base) {
        this.base = base.toAbsolutePath();
    }

    /** The slots in the user's recovery folder ({@link RecoveryStore#forUser()}). */
    public static RecoverySlots forUser() {
        return new RecoverySlots(RecoveryStore.forUser().folder());
    }

    Path slot(int index) {
        return index == 0 ? base : base.resolve("instance-" + index);
    }

    /**
     * Takes a slot for this session, until {@link Claim#close()}: the first free slot that holds a
     * recovery left by a crash, so that it is offered now, or else the first free slot. When no slot
     * can be locked (all in use, or the folder cannot be written) the claim has no lock, and says so.
     */
    public Claim claim() {
        Claim fallback = null;
        for (int i = 0; i < MAX_SLOTS; i++) {
            Claim claim = tryLock(slot(i));
            if (claim == null) {
                continue;
            }
            if (Files.exists(claim.store().modelFile())) {
                if (fallback != null) {
                    fallback.close();
                }
                return claim;
            }
            if (fallback == null) {
                fallback = claim;
            } else {
                claim.close();
            }
        }
        if (fallback != null) {
            return fallback;
        }
        Path unlocked = base.resolve("instance-" + ProcessHandle.current().pid());
        LOG.log(System.Logger.Level.WARNING, "No free recovery slot in " + base + "; using " + unlocked + " unlocked");
        return new Claim(new RecoveryStore(unlocked), null, null);
    }

    private static Claim tryLock(Path folder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new Claim(new RecoveryStore(folder), channel, lock);
        } catch (OverlappingFileLockException heldInThisProcess) {
            closeQuietly(channel);
            return null;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot use the recovery folder " + folder + ": " + e.getMessage());
            closeQuietly(channel);
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing a lock file we never used: nothing to lose.
            }
        }
    }

    /** A slot held by this session: its store, and the lock that keeps other sessions out of it. */
    public static final class Claim implements AutoCloseable {

        private final RecoveryStore store;
        private final FileChannel channel;
        private final FileLock lock;

        Claim(RecoveryStore store, FileChannel channel, FileLock lock) {
            this.store = store;
            this.channel = channel;
            this.lock = lock;
        }

        public RecoveryStore store() {
            return store;
        }

        /** Whether other sessions are kept out; false only when every slot was taken or unwritable. */
        public boolean locked() {
            return lock != null && lock.isValid();
        }

        /** Lets the slot go: after the store was cleared on a clean exit, or kept for a declined recovery. */
        @Override
        public void close() {
            try {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not release the recovery slot: " + e.getMessage());
            }
            closeQuietly(channel);
        }
    }
}
