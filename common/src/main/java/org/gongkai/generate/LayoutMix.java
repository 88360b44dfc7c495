package org.gongkai.generate;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;

/** The share of reports printed in each layout: {@code html=0.4,pipe-text=0.2,markdown=0.15,…}. */
public final class LayoutMix implements Serializable {

    public static final List<String> LAYOUTS = List.of("html", "pipe-text", "markdown", "cell-lines", "flattened");
    private static final List<String> BLANK_KEEPING = List.of("html", "pipe-text", "markdown");
    public static final String DEFAULT = "html=0.4,pipe-text=0.2,markdown=0.15,cell-lines=0.1,flattened=0.15";

    private final LinkedHashMap<String, Double> shares;

    private LayoutMix(LinkedHashMap<String, Double> shares) {
        this.shares = shares;
    }

    public static LayoutMix parse(String spec) {
        LinkedHashMap<String, Double> weights = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            String layout = kv[0].strip();
            if (kv.length != 2 || !LAYOUTS.contains(layout)) {
                throw new IllegalArgumentException("expected layout=share with a layout of " + LAYOUTS + ", got " + pair);
            }
            double weight = Double.parseDouble(kv[1].strip());
            if (weight < 0) {
                throw new IllegalArgumentException("negative layout share: " + pair);
            }
            weights.merge(layout, weight, Double::sum);
        }
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum <= 0) {
            throw new IllegalArgumentException("the layout shares sum to zero: " + spec);
        }
        LinkedHashMap<String, Double> shares = new LinkedHashMap<>();
        weights.forEach((k, v) -> shares.put(k, v / sum));
        return new LayoutMix(shares);
    }

    /** The layout a uniform draw in [0, 1) selects. */
    String pick(double u) {
        return pick(u, shares.keySet());
    }

    /**
     * The layout for a report with blank cells: cell-line and flattened text print nothing for a blank cell, so
     * where it was cannot be known from the text; such a report is drawn among the layouts that keep it.
     */
    String pickKeepingBlanks(double u) {
        List<String> keeping = shares.keySet().stream().filter(BLANK_KEEPING::contains).filter(l -> shares.get(l) > 0)
                .toList();
        return keeping.isEmpty() ? BLANK_KEEPING.get(0) : pick(u, keeping);
    }

    private String pick(double u, java.util.Collection<String> layouts) {
        double sum = layouts.stream().mapToDouble(shares::get).sum();
        double cumulative = 0;
        String last = null;
        for (String layout : layouts) {
            double share = shares.get(layout) / sum;
            cumulative += share;
            last = share > 0 ? layout : last;
            if (u < cumulative && share > 0) {
                return layout;
            }
        }
        return last;
    }
}
