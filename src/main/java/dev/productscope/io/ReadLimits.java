package dev.productscope.io;

/**
 * Bounds on what a model file may contain, so that a hostile or broken file is refused with a
 * clear message instead of exhausting memory. The defaults are far above any real drawing.
 */
public record ReadLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxElements) {

    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 64, 1024 * 1024, 4_000_000);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxDepth <= 1 || maxStringLength <= 0 || maxElements <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
