package org.gongkai.region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RegionResolver} made of a text.
 *
 * @param status      RESOLVED, AMBIGUOUS or NOT_FOUND
 * @param region      the region when RESOLVED, otherwise {@code null}
 * @param candidates  the region alone when RESOLVED, every equally good reading in code order when
 *                    AMBIGUOUS, empty when NOT_FOUND
 * @param matchedText the (normalized) text naming the region, e.g. "西安市临潼区任留街道"; with several
 *                    readings the leftmost one; empty when NOT_FOUND
 */
public record Resolution(Status status, Region region, List<Region> candidates, String matchedText) {

    public enum Status { RESOLVED, AMBIGUOUS, NOT_FOUND }

    public Resolution {
        Objects.requireNonNull(status, "status");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(matchedText, "matchedText");
        if ((status == Status.RESOLVED) != (region != null)) {
            throw new IllegalArgumentException("a region is given exactly when resolved");
        }
    }

    static Resolution resolved(Region region, String matchedText) {
        return new Resolution(Status.RESOLVED, region, List.of(region), matchedText);
    }

    static Resolution ambiguous(List<Region> candidates, String matchedText) {
        return new Resolution(Status.AMBIGUOUS, null, candidates, matchedText);
    }

    static Resolution notFound() {
        return new Resolution(Status.NOT_FOUND, null, List.of(), "");
    }

    public boolean isResolved() {
        return status == Status.RESOLVED;
    }

    /** The region when RESOLVED. */
    public Optional<Region> resolvedRegion() {
        return Optional.ofNullable(region);
    }
}
