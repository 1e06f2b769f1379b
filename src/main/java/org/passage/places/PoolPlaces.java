package org.passage.places;

/** How many places a pool has and how many are taken. */
public record PoolPlaces(PlacePool pool, int capacity, int taken) {

    /** The places still free. */
    public int free() {
        return Math.max(0, capacity - taken);
    }
}
