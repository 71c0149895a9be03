package io.casework.bench.report;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A part's latency percentiles as one PNG: every measure with samples as its own line, percentile along the
 * HdrHistogram-style 1/(1-p) axis, latency in milliseconds up the side. Nothing in the image depends on when it was
 * drawn, so a report made twice from the same results gives the same bytes and git shows no change.
 */
public final class PercentilePlot {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;
    /** Enough for a smooth line at 800 pixels wide, few enough that a million-request run draws at once. */
    private static final int POINTS_PER_DECADE = 60;
    /**
     * Okabe and Ito's colours, which people with the common colour-blindnesses can still tell apart; a part rarely
     * plots more than a handful of measures, and past eight the colours repeat.
     */
    private static final Color[] PALETTE = {
            new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
            new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66)};

    /** One line of the plot: the legend's label and the latencies it is drawn from. */
    public record Line(String label, LatencyDistribution latencies) {
    }

    private final String title;
    private final List<Line> lines;

    public PercentilePlot(String title, List<Line> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least one line: " + title);
        }
        this.title = title;
        this.lines = List.copyOf(lines);
    }

    public void writePng(Path file) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart(), WIDTH, HEIGHT);
        Files.write(file, png.toByteArray());
    }

    JFreeChart chart() {
        XYSeriesCollection data = new XYSeriesCollection();
        Set<String> keys = new HashSet<>();
        int largestCount = 0;
        for (Line line : lines) {
            XYSeries series = new XYSeries(uniqueKey(line.label(), keys), false, true);
            line.latencies().curve(POINTS_PER_DECADE).forEach(point -> series.add(point.x(), point.millis()));
            data.addSeries(series);
            largestCount = Math.max(largestCount, line.latencies().count());
        }

        LogAxis percentiles = new LogAxis("Percentile");
        percentiles.setBase(10);
        percentiles.setSmallestValue(1);
        percentiles.setRange(1, PercentileScale.upperBound(largestCount));
        // One labelled tick a decade (0%, 90%, 99%, ...); JFreeChart's own choice would label 2, 5 and the like.
        percentiles.setTickUnit(new NumberTickUnit(1), false, true);
        percentiles.setNumberFormatOverride(new PercentileLabels());

        NumberAxis latency = new NumberAxis("Latency (ms)");
        latency.setAutoRangeIncludesZero(true);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }

        XYPlot plot = new XYPlot(data, percentiles, latency, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);

        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // Room on the right for the last tick's label, which is centred on the plot's edge and would be cut off.
        chart.setPadding(new RectangleInsets(4, 8, 4, 28));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    /** The chart needs distinct series keys; two measures labelled alike both get their line, the second numbered. */
    private static String uniqueKey(String label, Set<String> keys) {
        String key = label;
        for (int n = 2; !keys.add(key); n++) {
            key = label + " (" + n + ")";
        }
        return key;
    }

    /** The axis's tick labels: JFreeChart asks a NumberFormat, so the percentile scale is dressed up as one. */
    private static final class PercentileLabels extends NumberFormat {

        @Override
        public StringBuffer format(double x, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(PercentileScale.label(x));
        }

        @Override
        public StringBuffer format(long x, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) x, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            // Labels are only ever drawn, never read back.
            throw new UnsupportedOperationException("percentile labels are not parsed");
        }
    }
}
