package org.passage.admissions.reports.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a grouped horizontal bar chart drawn as SVG on the server (no script): one group
 * per programme, one bar per figure, bars scaled to the largest value. The template draws it; the
 * same figures stand in a table beside it.
 */
record BarChart(int width, int height, List<Group> groups, List<Legend> legend, int plotX, int plotWidth) {

    static final int LABEL_WIDTH = 230;
    static final int PLOT_WIDTH = 420;
    static final int BAR = 14;
    static final int GAP = 2;
    static final int GROUP_GAP = 18;
    static final int TOP = 40;
    static final List<String> FILLS = List.of("#1d70b8", "#28a197", "#f47738", "#912b88", "#00703c");

    /** A series: its name and its figure per group. */
    record Series(String name, List<Integer> values) {
    }

    record Bar(int x, int y, int width, int height, String fill, int value, int textX, int textY, String label) {
    }

    record Group(String label, int labelY, List<Bar> bars) {
    }

    record Legend(String name, String fill, int x, int y) {
    }

    /** The chart of {@code series} over the groups labelled {@code labels}. */
    static BarChart of(List<String> labels, List<Series> series) {
        int max = series.stream().flatMap(s -> s.values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        int groupHeight = series.size() * (BAR + GAP);
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < labels.size(); g++) {
            int top = TOP + g * (groupHeight + GROUP_GAP);
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                int value = series.get(s).values().get(g);
                int w = max == 0 ? 0 : (int) Math.round((double) PLOT_WIDTH * value / max);
                int y = top + s * (BAR + GAP);
                bars.add(new Bar(LABEL_WIDTH, y, w, BAR, FILLS.get(s % FILLS.size()), value, LABEL_WIDTH + w + 4,
                        y + BAR - 3, series.get(s).name() + ": " + value));
            }
            groups.add(new Group(labels.get(g), top + groupHeight / 2 + 4, bars));
        }
        List<Legend> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new Legend(series.get(s).name(), FILLS.get(s % FILLS.size()), s * 140, 12));
        }
        int height = TOP + labels.size() * (groupHeight + GROUP_GAP);
        return new BarChart(LABEL_WIDTH + PLOT_WIDTH + 40, height, groups, legend, LABEL_WIDTH, PLOT_WIDTH);
    }
}
