package dev.productscope.catalog;

/** How far an assessment has come: {@code done} of {@code total}. */
public record Progress(int done, int total) {

    public static final Progress NONE = new Progress(0, 0);

    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }

    public int percent() {
        return (int) Math.floor(fraction() * 100);
    }

    /** "12/40 (30%)". */
    public String label() {
        return done + "/" + total + " (" + percent() + "%)";
    }
}
