package io.casework.bench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How numbers read in the report: thousands separated by commas, one decimal below 100 (7.1 ms, 49.8 a second) and
 * none from 100 up (1,012 writes a second), where a tenth no longer tells the reader anything. Always the UK's
 * separators, whatever the machine's locale, so that a run on another machine does not rewrite every number.
 */
public final class Figures {

    private static final Locale SEPARATORS = Locale.UK;

    private Figures() {
    }

    /** A count of things: 1,500 requests, 0 errors. */
    public static String count(long count) {
        return String.format(SEPARATORS, "%,d", count);
    }

    /**
     * A measured figure such as a latency: 1 decimal below 100, whole from 100 up, and two significant figures below
     * 1 so that a sub-millisecond latency does not show as 0.0.
     */
    public static String decimal(double figure) {
        if (!Double.isFinite(figure)) {
            return Double.toString(figure);
        }
        double size = Math.abs(figure);
        // Judged on the rounded figure, so 99.96 shows as 100, not 100.0, and 0.996 as 1.0, not 1.00.
        if (Math.round(size * 10) / 10.0 >= 100) {
            return String.format(SEPARATORS, "%,.0f", figure);
        }
        if (size == 0 || new BigDecimal(size).round(new MathContext(2)).doubleValue() >= 1) {
            return String.format(SEPARATORS, "%,.1f", figure);
        }
        return new BigDecimal(figure).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** A figure that is often whole (a rate of 50 a second, 4,321 inserts a second): whole ones lose the ".0". */
    public static String quantity(double figure) {
        if (Double.isFinite(figure) && figure == Math.rint(figure) && Math.abs(figure) < 1e15) {
            return count((long) figure);
        }
        return decimal(figure);
    }

    /** A figure and its unit: "7.1 ms", "4,321 inserts/s"; no unit, no trailing space. */
    public static String withUnit(String number, String unit) {
        return unit == null || unit.isBlank() ? number : number + " " + unit.trim();
    }

    /** A share of a ceiling, to two places: 0.42. */
    public static String ratio(double ratio) {
        return String.format(SEPARATORS, "%,.2f", ratio);
    }

    /** A run's length, as a person would say it: 45 s, 18 min 20 s, 1 h 5 min. */
    public static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            long rest = seconds % 60;
            return seconds / 60 + " min" + (rest == 0 ? "" : " " + rest + " s");
        }
        long minutes = Math.round((seconds % 3600) / 60.0);
        long hours = seconds / 3600 + (minutes == 60 ? 1 : 0);
        minutes = minutes == 60 ? 0 : minutes;
        return hours + " h" + (minutes == 0 ? "" : " " + minutes + " min");
    }
}
