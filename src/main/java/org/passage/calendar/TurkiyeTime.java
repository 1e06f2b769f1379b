package org.passage.calendar;

import java.time.ZoneId;

/**
 * The time zone of the product: "today", appointment days, due dates and job times are those of
 * Türkiye, where the directorates work.
 */
public final class TurkiyeTime {

    /** The zone id, for annotations such as {@code @Scheduled(zone = TurkiyeTime.ZONE_ID)}. */
    public static final String ZONE_ID = "Europe/Istanbul";

    /** Türkiye's time zone. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private TurkiyeTime() {
    }
}
