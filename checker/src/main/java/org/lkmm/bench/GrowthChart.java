package org.lkmm.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small SVG line chart: seconds against family size, both on log scales (a family that grows
 * polynomially is a straight line, an exponential one bends upwards), one line per family.
 */
public final class GrowthChart {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

    private GrowthChart() {}

    public record Point(int size, double seconds) {}

    public static String svg(Map<String, List<Point>> families) {
        int w = 640;
        int h = 400;
        int left = 60;
        int bottom = 40;
        int maxSize = families.values().stream().flatMap(List::stream).mapToInt(Point::size).max().orElse(1);
        double lo = -4;
        double hi = 2;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='12'>%n", w, h));
        b.append(String.format(Locale.ROOT, "<rect width='%d' height='%d' fill='white'/>%n", w, h));
        for (int e = (int) lo; e <= hi; e++) {
            double y = y(Math.pow(10, e), lo, hi, h, bottom);
            b.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#ddd'/><text x='5' y='%.1f'>1e%d s</text>%n",
                    left, w - 10, y, y, y + 4, e));
        }
        for (int s = 1; s <= maxSize; s *= 2) {
            double x = x(s, maxSize, w, left);
            b.append(String.format(Locale.ROOT, "<line x1='%.1f' x2='%.1f' y1='10' y2='%d' stroke='#eee'/><text x='%.1f' y='%d'>%d</text>%n",
                    x, x, h - bottom, x - 3, h - 20, s));
        }
        b.append(String.format(Locale.ROOT, "<text x='%d' y='%d'>family size, log scale (processes, or writes per writer for iriw)</text>%n", left, h - 5));
        int i = 0;
        for (Map.Entry<String, List<Point>> f : families.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder pts = new StringBuilder();
            for (Point p : f.getValue()) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p.size(), maxSize, w, left),
                        y(Math.max(p.seconds(), 1e-4), lo, hi, h, bottom)));
            }
            b.append(String.format(Locale.ROOT, "<polyline fill='none' stroke='%s' stroke-width='2' points='%s'/>%n", colour, pts.toString().trim()));
            b.append(String.format(Locale.ROOT, "<text x='%d' y='%d' fill='%s'>%s</text>%n", w - 120, 20 + 16 * i, colour, f.getKey()));
            i++;
        }
        return b.append("</svg>\n").toString();
    }

    private static double x(int size, int maxSize, int w, int left) {
        return left + (w - left - 20) * Math.log(size) / Math.max(Math.log(2), Math.log(maxSize));
    }

    private static double y(double seconds, double lo, double hi, int h, int bottom) {
        double t = (Math.log10(seconds) - lo) / (hi - lo);
        return (h - bottom) - t * (h - bottom - 10);
    }
}
