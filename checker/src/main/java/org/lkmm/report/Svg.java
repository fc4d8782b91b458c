package org.lkmm.report;

import java.util.Locale;

/**
 * A small SVG writer: boxes, text, arrows (straight or bent), with one arrowhead marker per
 * colour. Coordinates are whole pixels and attributes come in a fixed order, so the same picture
 * is always the same text.
 */
final class Svg {
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();
    private final java.util.Set<String> markers = new java.util.TreeSet<>();

    void rect(int x, int y, int w, int h, String fill, String stroke, String title) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\" stroke=\"%s\">",
                x, y, w, h, fill, stroke));
        body.append("<title>").append(escape(title)).append("</title></rect>\n");
    }

    void text(int x, int y, String text, int size, String colour, String anchor, boolean bold) {
        body.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"%d\" fill=\"%s\" text-anchor=\"%s\"%s>%s</text>%n", x, y, size, colour,
                anchor, bold ? " font-weight=\"bold\"" : "", escape(text)));
    }

    /** A label on a white halo, so that it stays readable over the lines it sits on. */
    void label(int x, int y, String text, String colour) {
        body.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\" text-anchor=\"middle\" stroke=\"white\" stroke-width=\"4\""
                        + " paint-order=\"stroke\">%s</text>%n", x, y, colour, escape(text)));
    }

    /** An arrow from (x1,y1) to (x2,y2), bent through the control point (cx,cy). */
    void arrow(int x1, int y1, int cx, int cy, int x2, int y2, String colour, double width, String dash, String title) {
        String marker = "head-" + colour.replace("#", "");
        if (markers.add(marker)) {
            defs.append(String.format(Locale.ROOT, "<marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
                    + " markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"%s\"/></marker>%n",
                    marker, colour));
        }
        body.append(String.format(Locale.ROOT, "<path d=\"M %d %d Q %d %d %d %d\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s"
                + " marker-end=\"url(#%s)\"><title>%s</title></path>%n", x1, y1, cx, cy, x2, y2, colour, width,
                dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"", marker, escape(title)));
    }

    String document(int width, int height, String title) {
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"DejaVu Sans, Arial, sans-serif\">%n<title>%s</title>%n<defs>%n%s</defs>%n"
                + "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"white\"/>%n%s</svg>%n",
                width, height, width, height, escape(title), defs, width, height, body);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
