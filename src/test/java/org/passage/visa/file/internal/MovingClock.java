package org.passage.visa.file.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.passage.calendar.TurkiyeTime;

/** A clock in Türkiye's zone that a test moves by hand, as the days pass for a scheduled job. */
final class MovingClock extends Clock {

    private volatile Instant now;

    MovingClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return TurkiyeTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
