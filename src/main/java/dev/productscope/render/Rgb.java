package dev.productscope.render;

/** A colour with alpha, independent of any toolkit: {@code 0xAARRGGBB}. */
public record Rgb(int argb) {

    public static Rgb of(int rgb) {
        return new Rgb(0xFF000000 | rgb);
    }

    public static Rgb of(int rgb, double opacity) {
        return new Rgb(((int) Math.round(Math.max(0, Math.min(1, opacity)) * 255) << 24) | (rgb & 0xFFFFFF));
    }

    public int red() {
        return (argb >> 16) & 0xFF;
    }

    public int green() {
        return (argb >> 8) & 0xFF;
    }

    public int blue() {
        return argb & 0xFF;
    }

    public double opacity() {
        return ((argb >>> 24) & 0xFF) / 255.0;
    }

    public Rgb withOpacity(double opacity) {
        return of(argb & 0xFFFFFF, opacity);
    }
}
