package org.lkmm.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as herd7 and the kernel's scripts write it: seconds ("30", "2.5"), or with a unit
 * ("30s", "1m", "2h", "1d", timeout(1)'s forms). Never negative.
 */
final class Seconds implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        double unit = 1;
        if (!t.isEmpty() && "smhd".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = switch (t.charAt(t.length() - 1)) {
                case 'm' -> 60;
                case 'h' -> 3600;
                case 'd' -> 86400;
                default -> 1;
            };
            t = t.substring(0, t.length() - 1);
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is no duration (30, 30s, 1m, 2h)");
        }
        if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            throw new TypeConversionException("'" + text + "': a duration is a finite number of seconds, 0 or more");
        }
        return v * unit;
    }
}
