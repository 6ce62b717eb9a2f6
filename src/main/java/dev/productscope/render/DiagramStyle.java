package dev.productscope.render;

import dev.productscope.analysis.Severity;
import dev.productscope.model.LegendCategory;
import dev.productscope.model.Protection;
import dev.productscope.model.ZoneKind;

/**
 * The colours of a diagram. CSWP 33's Figure 5 colour legend is not in the text, so the four
 * categories use the Okabe-Ito palette, which stays distinct under every common colour-vision
 * deficiency: IoT product components are orange (the one category the architect is assessing,
 * opposite the blues on the axis every reader can tell apart), both kinds of infrastructure are
 * blues told apart by lightness (sky blue network, deep blue IoT infrastructure), and hosting
 * hardware and platforms are neutral grey, since the software on them is what gets assessed.
 * Flow protection adds a dash to its colour, so it never rests on colour alone.
 */
public final class DiagramStyle {

    public static final Rgb INK = Rgb.of(0x1F2328);
    public static final Rgb MUTED_INK = Rgb.of(0x57606A);
    public static final Rgb LINK = Rgb.of(0x9AA3AD);
    public static final Rgb PAPER = Rgb.of(0xFFFFFF);
    public static final Rgb SELECTION = Rgb.of(0xFF1F8E);

    /** Paul Tol's "muted" scheme, darkest first, for telling product boundaries apart. */
    private static final Rgb[] PRODUCTS = {
        Rgb.of(0x332288), Rgb.of(0xCC6677), Rgb.of(0x117733), Rgb.of(0xAA4499), Rgb.of(0x44AA99),
        Rgb.of(0x882255), Rgb.of(0x999933), Rgb.of(0x6699CC), Rgb.of(0xDDCC77)
    };

    private DiagramStyle() {
    }

    /** The fill of an icon in this legend category. */
    public static Rgb category(LegendCategory category) {
        return switch (category) {
            case NETWORK_INFRASTRUCTURE -> Rgb.of(0x56B4E9);
            case IOT_INFRASTRUCTURE -> Rgb.of(0x0072B2);
            case HOSTING_HARDWARE_PLATFORM -> Rgb.of(0xA8A8A8);
            case IOT_PRODUCT_COMPONENT -> Rgb.of(0xE69F00);
        };
    }

    /** Details drawn on top of a category fill: light on the deep blue, dark elsewhere. */
    public static Rgb detail(LegendCategory category) {
        return category == LegendCategory.IOT_INFRASTRUCTURE ? Rgb.of(0xFFFFFF) : Rgb.of(0x2B2B2B);
    }

    /** The dark outline of an icon. */
    public static Rgb outline(LegendCategory category) {
        return switch (category) {
            case NETWORK_INFRASTRUCTURE -> Rgb.of(0x1D5F82);
            case IOT_INFRASTRUCTURE -> Rgb.of(0x003A5C);
            case HOSTING_HARDWARE_PLATFORM -> Rgb.of(0x4A4A4A);
            case IOT_PRODUCT_COMPONENT -> Rgb.of(0x7A4F00);
        };
    }

    /** Product {@code index}'s boundary colour; the palette repeats after nine products. */
    public static Rgb product(int index) {
        return PRODUCTS[Math.floorMod(index, PRODUCTS.length)];
    }

    public static int productColourCount() {
        return PRODUCTS.length;
    }

    /** Application (end to end): bluish green; transport only: dark amber; none: vermillion red. */
    public static Rgb protection(Protection protection) {
        return switch (protection) {
            case APPLICATION -> Rgb.of(0x009E73);
            case TRANSPORT -> Rgb.of(0xB8860B);
            case NONE -> Rgb.of(0xD62728);
        };
    }

    /** Solid for protected flows, dashed for unprotected ones. */
    public static double[] protectionDashes(Protection protection) {
        return protection == Protection.NONE ? new double[] {7, 5} : new double[0];
    }

    public static String protectionLabel(Protection protection) {
        return switch (protection) {
            case APPLICATION -> "Application layer (end to end)";
            case TRANSPORT -> "Transport only (hop by hop)";
            case NONE -> "Unprotected";
        };
    }

    public static Rgb severity(Severity severity) {
        return switch (severity) {
            case ERROR -> Rgb.of(0xD62728);
            case WARNING -> Rgb.of(0xE08A00);
            case INFO -> Rgb.of(0x2F6DB5);
        };
    }

    /** A light wash behind a zone: warm for the customer's home, cool for remote sites. */
    public static Rgb zoneFill(ZoneKind kind) {
        return kind == ZoneKind.CUSTOMER_ENVIRONMENT ? Rgb.of(0xFBF8F1) : Rgb.of(0xF3F6F9);
    }

    public static Rgb zoneFrame(ZoneKind kind) {
        return switch (kind) {
            case CUSTOMER_ENVIRONMENT -> Rgb.of(0x6B5B45);
            case MANUFACTURER_DATA_CENTER -> Rgb.of(0x4F5B66);
            case THIRD_PARTY_CLOUD -> Rgb.of(0x5B7083);
        };
    }

    /** Dashed frame for a third-party cloud, solid for the others. */
    public static double[] zoneDashes(ZoneKind kind) {
        return kind == ZoneKind.THIRD_PARTY_CLOUD ? new double[] {10, 6} : new double[0];
    }

    /** Who manages what stands in the zone, as CSWP 33 words it. */
    public static String managedLabel(ZoneKind kind) {
        return kind == ZoneKind.CUSTOMER_ENVIRONMENT ? "locally managed" : "remotely managed";
    }
}
