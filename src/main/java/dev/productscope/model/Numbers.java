package dev.productscope.model;

/** Formats coordinates as people write them: {@code 40}, not {@code 40.0}. */
public final class Numbers {

    private Numbers() {
    }

    /** Whether {@code value} is a whole number small enough to be written without a fraction. */
    public static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }

    public static String format(double value) {
        return isWhole(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
