package dev.productscope.cli;

/** Exit codes shared by every command, fit for CI. */
final class ExitCodes {

    /** Everything checked is fine. */
    static final int OK = 0;
    /** The command ran and found a problem (an invalid file, a finding at the failing level). */
    static final int FAILED = 1;
    /** The command could not run as asked: bad options, missing files to write to. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
