package dev.productscope.io;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A child process for {@link RecoverySlotsTest}: a second ProductScope, as far as the recovery
 * folder can tell. Claims a slot under {@code args[0]}, writes a recovery there when
 * {@code args[1]} is "write", prints the slot's folder and waits until it is killed.
 */
public final class RecoverySlotHolder {

    private RecoverySlotHolder() {
    }

    public static void main(String[] args) throws Exception {
        RecoverySlots.Claim claim = new RecoverySlots(Path.of(args[0])).claim();
        if (args.length > 1 && args[1].equals("write")) {
            claim.store().write(BundledExamples.find("local-device-only").orElseThrow().load(), null, Instant.now());
        }
        System.out.println(claim.store().folder());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
