package org.passage.places;

/**
 * The name of a pool of places, chosen by the module that owns it, e.g.
 * {@code admissions/KOC/2027-FALL/MEDICINE}.
 */
public record PlacePool(String value) {

    public PlacePool {
        if (value == null || !value.matches("[A-Za-z0-9_./:-]{3,200}")) {
            throw new IllegalArgumentException("a place pool is named by 3 to 200 letters, digits and _ . / : -");
        }
    }
}
