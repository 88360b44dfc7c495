package org.gongkai.generate;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often each defect kind is injected: the chance, per report, of that defect (at most one per report).
 * Parsed from a total rate spread over the kinds by their default weights, then per-kind overrides.
 */
public final class DefectRates implements Serializable {

    private final EnumMap<DefectKind, Double> rates;

    private DefectRates(EnumMap<DefectKind, Double> rates) {
        double sum = rates.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum > 1 || rates.values().stream().anyMatch(r -> r < 0)) {
            throw new IllegalArgumentException("defect rates must be non-negative and sum to at most 1: " + rates);
        }
        this.rates = rates;
    }

    public static DefectRates none() {
        return total(0);
    }

    /** The total rate spread over the kinds by their default weights. */
    public static DefectRates total(double rate) {
        double weights = 0;
        for (DefectKind kind : DefectKind.values()) {
            weights += kind.defaultWeight();
        }
        EnumMap<DefectKind, Double> rates = new EnumMap<>(DefectKind.class);
        for (DefectKind kind : DefectKind.values()) {
            rates.put(kind, rate * kind.defaultWeight() / weights);
        }
        return new DefectRates(rates);
    }

    /** These rates with some kinds set: {@code wrong_row_total=0.01,bad_file_empty=0.002}. */
    public DefectRates with(String perKind) {
        EnumMap<DefectKind, Double> changed = new EnumMap<>(rates);
        if (perKind != null && !perKind.isBlank()) {
            for (String pair : perKind.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("expected kind=rate, got " + pair);
                }
                changed.put(DefectKind.fromCode(kv[0]), Double.parseDouble(kv[1].strip()));
            }
        }
        return new DefectRates(changed);
    }

    public double rate(DefectKind kind) {
        return rates.get(kind);
    }

    public Map<DefectKind, Double> asMap() {
        return Map.copyOf(rates);
    }

    /** The defect a uniform draw in [0, 1) selects, if any. */
    Optional<DefectKind> pick(double u) {
        double cumulative = 0;
        for (Map.Entry<DefectKind, Double> e : rates.entrySet()) {
            cumulative += e.getValue();
            if (u < cumulative) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
