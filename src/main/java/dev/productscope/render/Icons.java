package dev.productscope.render;

import dev.productscope.model.ComponentKind;

/**
 * Flat vector icons, one per component kind, drawn only through {@link Painter} into a box:
 * the body in the kind's legend colour, a dark outline, details in the detail colour.
 */
final class Icons {

    private Icons() {
    }

    static void draw(ComponentKind kind, IconPen pen) {
        switch (kind) {
            case IOT_DEVICE -> chip(pen);
            case MOBILE_APP -> mobileApp(pen);
            case DESKTOP_APP -> window(pen);
            case WEB_APP -> browser(pen);
            case BACKEND -> serverStack(pen);
            case SPECIALTY_NETWORKING_HARDWARE -> antennaBox(pen);
            case LOCAL_CONSOLE -> console(pen);
            case THIRD_PARTY_APP -> thirdPartyApp(pen);
            case IOT_GATEWAY -> hub(pen);
            case WIFI_ROUTER -> router(pen);
            case INTERNET -> internet(pen);
            case CELLULAR_NETWORK -> tower(pen);
            case SMARTPHONE -> phone(pen);
            case PC -> monitor(pen);
            case CLOUD_PLATFORM -> cloudPlatform(pen);
            case DATA_CENTER_HARDWARE -> rack(pen);
        }
    }

    // An IoT device: a chip with pins and a radio mark.
    private static void chip(IconPen pen) {
        for (int i = 0; i < 3; i++) {
            double t = 0.34 + i * 0.16;
            pen.strut(t, 0.1, t, 0.2);
            pen.strut(t, 0.8, t, 0.9);
            pen.strut(0.1, t, 0.2, t);
            pen.strut(0.8, t, 0.9, t);
        }
        pen.rect(0.2, 0.2, 0.6, 0.6, 0.12);
        pen.rect(0.36, 0.36, 0.28, 0.28, 0.06, pen.detailColour().withOpacity(0.18));
        pen.dot(0.5, 0.5, 0.09);
        pen.arc(0.5, 0.5, 0.09, 200, 140, pen.detailColour(), 1);
    }

    private static void mobileApp(IconPen pen) {
        pen.rect(0.27, 0.06, 0.46, 0.88, 0.14);
        pen.rect(0.33, 0.16, 0.34, 0.62, 0.03, pen.detailColour().withOpacity(0.15));
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                pen.rect(0.37 + c * 0.15, 0.24 + r * 0.2, 0.11, 0.13, 0.04, pen.bodyColour());
            }
        }
        pen.dot(0.5, 0.86, 0.07);
    }

    private static void window(IconPen pen) {
        pen.rect(0.08, 0.16, 0.84, 0.68, 0.06);
        pen.line(0.08, 0.32, 0.92, 0.32);
        for (int i = 0; i < 3; i++) {
            pen.dot(0.15 + i * 0.08, 0.24, 0.06);
        }
        pen.line(0.18, 0.46, 0.62, 0.46);
        pen.line(0.18, 0.58, 0.78, 0.58);
        pen.line(0.18, 0.70, 0.52, 0.70);
    }

    private static void browser(IconPen pen) {
        pen.rect(0.08, 0.16, 0.84, 0.68, 0.06);
        pen.line(0.08, 0.32, 0.92, 0.32);
        pen.dot(0.15, 0.24, 0.06);
        pen.rect(0.24, 0.2, 0.6, 0.08, 0.04, pen.detailColour().withOpacity(0.12));
        pen.globe(0.5, 0.58, 0.19);
    }

    private static void serverStack(IconPen pen) {
        for (int i = 0; i < 3; i++) {
            double v = 0.12 + i * 0.26;
            pen.rect(0.14, v, 0.72, 0.22, 0.06);
            pen.dot(0.26, v + 0.11, 0.08);
            pen.line(0.42, v + 0.11, 0.76, v + 0.11);
        }
    }

    private static void antennaBox(IconPen pen) {
        pen.strut(0.26, 0.5, 0.18, 0.14);
        pen.strut(0.74, 0.5, 0.82, 0.14);
        pen.dot(0.18, 0.14, 0.1, pen.outlineColour());
        pen.dot(0.82, 0.14, 0.1, pen.outlineColour());
        pen.rect(0.08, 0.48, 0.84, 0.34, 0.1);
        for (int i = 0; i < 4; i++) {
            pen.dot(0.24 + i * 0.12, 0.65, 0.07);
        }
        pen.arc(0.5, 0.36, 0.12, 215, 110, pen.outlineColour(), 1);
        pen.arc(0.5, 0.36, 0.22, 225, 90, pen.outlineColour(), 1);
    }

    private static void console(IconPen pen) {
        pen.strut(0.5, 0.66, 0.5, 0.8);
        pen.rect(0.3, 0.78, 0.4, 0.1, 0.05);
        pen.rect(0.08, 0.12, 0.84, 0.56, 0.06);
        pen.rect(0.16, 0.2, 0.68, 0.4, 0.02, pen.detailColour().withOpacity(0.15));
        pen.line(0.24, 0.52, 0.24, 0.42);
        pen.line(0.36, 0.52, 0.36, 0.32);
        pen.line(0.48, 0.52, 0.48, 0.38);
        pen.arc(0.68, 0.46, 0.1, 180, 180, pen.detailColour(), 1.2);
        pen.line(0.68, 0.46, 0.73, 0.4);
    }

    private static void thirdPartyApp(IconPen pen) {
        pen.rect(0.12, 0.16, 0.68, 0.7, 0.2);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                pen.rect(0.24 + c * 0.24, 0.3 + r * 0.24, 0.18, 0.18, 0.05, pen.detailColour().withOpacity(0.2));
            }
        }
        pen.oval(0.6, 0.06, 0.32, 0.32, pen.detailColour());
        pen.painter().setStroke(pen.bodyColour(), 1.6);
        pen.painter().strokeLine(pen.x(0.69), pen.y(0.22), pen.x(0.83), pen.y(0.22));
        pen.painter().strokeLine(pen.x(0.76), pen.y(0.15), pen.x(0.76), pen.y(0.29));
    }

    private static void hub(IconPen pen) {
        pen.strut(0.3, 0.5, 0.24, 0.2);
        pen.strut(0.5, 0.5, 0.5, 0.14);
        pen.strut(0.7, 0.5, 0.76, 0.2);
        pen.dot(0.24, 0.2, 0.1, pen.outlineColour());
        pen.dot(0.5, 0.14, 0.1, pen.outlineColour());
        pen.dot(0.76, 0.2, 0.1, pen.outlineColour());
        pen.oval(0.08, 0.56, 0.84, 0.3);
        pen.oval(0.08, 0.46, 0.84, 0.3);
        for (int i = 0; i < 3; i++) {
            pen.dot(0.38 + i * 0.12, 0.61, 0.07);
        }
    }

    private static void router(IconPen pen) {
        pen.strut(0.22, 0.56, 0.18, 0.3);
        pen.strut(0.78, 0.56, 0.82, 0.3);
        pen.rect(0.06, 0.54, 0.88, 0.28, 0.1);
        for (int i = 0; i < 4; i++) {
            pen.dot(0.2 + i * 0.1, 0.68, 0.07);
        }
        pen.line(0.64, 0.68, 0.84, 0.68);
        pen.dot(0.5, 0.42, 0.08, pen.outlineColour());
        pen.arc(0.5, 0.42, 0.14, 225, 90, pen.outlineColour(), 1.2);
        pen.arc(0.5, 0.42, 0.26, 230, 80, pen.outlineColour(), 1.2);
        pen.arc(0.5, 0.42, 0.38, 235, 70, pen.outlineColour(), 1.2);
    }

    /** The cloud as a union of ovals: rims first, then bodies, so only the outer edge shows. */
    static void cloud(IconPen pen, double top, double bottom) {
        double h = bottom - top;
        double[][] lobes = {
            {0.06, top + h * 0.38, 0.34, h * 0.56}, {0.24, top + h * 0.08, 0.4, h * 0.7},
            {0.5, top + h * 0.2, 0.34, h * 0.6}, {0.64, top + h * 0.4, 0.3, h * 0.54}};
        for (double[] lobe : lobes) {
            pen.rimOval(lobe[0], lobe[1], lobe[2], lobe[3]);
        }
        pen.rimRect(0.2, top + h * 0.5, 0.6, h * 0.44, 0.1);
        for (double[] lobe : lobes) {
            pen.bodyOval(lobe[0], lobe[1], lobe[2], lobe[3]);
        }
        pen.bodyRect(0.2, top + h * 0.5, 0.6, h * 0.44, 0.1);
    }

    private static void internet(IconPen pen) {
        cloud(pen, 0.04, 0.96);
        pen.globe(0.5, 0.6, 0.24);
    }

    private static void tower(IconPen pen) {
        pen.polygon(0.5, 0.26, 0.72, 0.94, 0.28, 0.94);
        pen.line(0.42, 0.5, 0.6, 0.72);
        pen.line(0.58, 0.5, 0.38, 0.78);
        pen.line(0.36, 0.8, 0.68, 0.86);
        pen.dot(0.5, 0.24, 0.12, pen.outlineColour());
        pen.arc(0.5, 0.24, 0.18, 140, 80, pen.outlineColour(), 1.2);
        pen.arc(0.5, 0.24, 0.18, -40, 80, pen.outlineColour(), 1.2);
        pen.arc(0.5, 0.24, 0.32, 145, 70, pen.outlineColour(), 1.2);
        pen.arc(0.5, 0.24, 0.32, -35, 70, pen.outlineColour(), 1.2);
    }

    private static void phone(IconPen pen) {
        pen.rect(0.14, 0.04, 0.72, 0.92, 0.22);
        pen.rect(0.24, 0.14, 0.52, 0.66, 0.04, pen.detailColour().withOpacity(0.16));
        pen.line(0.42, 0.09, 0.58, 0.09);
        pen.dot(0.5, 0.88, 0.1);
    }

    private static void monitor(IconPen pen) {
        pen.strut(0.5, 0.7, 0.5, 0.82);
        pen.rect(0.28, 0.8, 0.44, 0.09, 0.05);
        pen.rect(0.06, 0.12, 0.88, 0.6, 0.06);
        pen.rect(0.13, 0.19, 0.74, 0.46, 0.02, pen.detailColour().withOpacity(0.16));
    }

    private static void cloudPlatform(IconPen pen) {
        cloud(pen, 0.02, 0.74);
        pen.rect(0.34, 0.46, 0.32, 0.5, 0.04);
        for (int i = 0; i < 3; i++) {
            double v = 0.54 + i * 0.13;
            pen.line(0.4, v, 0.56, v);
            pen.dot(0.6, v, 0.05);
        }
    }

    private static void rack(IconPen pen) {
        pen.rect(0.14, 0.04, 0.72, 0.92, 0.06);
        for (int i = 0; i < 5; i++) {
            double v = 0.1 + i * 0.165;
            pen.rect(0.22, v, 0.56, 0.13, 0.03, pen.detailColour().withOpacity(0.12));
            pen.dot(0.32, v + 0.065, 0.07);
            pen.line(0.44, v + 0.065, 0.7, v + 0.065);
        }
    }
}
