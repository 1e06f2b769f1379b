package org.passage.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.passage.appointments.AppointmentRefusedException.Reason;
import org.passage.calendar.BusinessCalendar;
import org.passage.provinces.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The migration directorates of the 81 provinces and their places: what an administrator sets, and
 * what is left on each business day. Weekends and Türkiye's public holidays have no places.
 */
@Service
public class Directorates {

    private final DayLedger ledger;
    private final BusinessCalendar calendar;
    private final Clock clock;

    Directorates(DayLedger ledger, BusinessCalendar calendar, Clock clock) {
        this.ledger = ledger;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Every directorate, by plate code. */
    @Transactional(readOnly = true)
    public List<Directorate> all() {
        return ledger.allWeekly().entrySet().stream()
                .map(e -> new Directorate(e.getKey(), e.getValue()))
                .toList();
    }

    /** The directorate of the province. */
    @Transactional(readOnly = true)
    public Directorate get(ProvinceCode province) {
        return new Directorate(province, ledger.weekly(province).orElseThrow(
                () -> new IllegalStateException("no directorate for province " + province)));
    }

    /**
     * Sets the places per weekday from now on: days not yet recorded get them when first booked, and
     * recorded days from today on follow too, except days whose places were set for the day itself.
     * A day keeps at least the places already booked on it.
     *
     * @param changedBy who made the change, for the record (e.g. {@code STAFF:admin})
     */
    @Transactional
    public void setWeeklyCapacity(ProvinceCode province, WeeklyCapacity capacity, String changedBy) {
        ledger.setWeekly(province, capacity, LocalDate.now(clock), changedBy, clock.instant());
    }

    /**
     * Sets the places of one future business day (e.g. a day the directorate has fewer staff).
     *
     * @throws AppointmentRefusedException {@code OUTSIDE_WINDOW} for today or a past day,
     *         {@code NOT_A_BUSINESS_DAY} for a weekend or public holiday, {@code BELOW_BOOKED} when more
     *         places are booked already
     */
    @Transactional
    public void setPlacesOn(ProvinceCode province, LocalDate day, int places) {
        if (places < 0 || places > WeeklyCapacity.MAX) {
            throw new IllegalArgumentException("places per day are 0 to " + WeeklyCapacity.MAX);
        }
        if (!day.isAfter(LocalDate.now(clock))) {
            throw new AppointmentRefusedException(Reason.OUTSIDE_WINDOW);
        }
        if (!calendar.isBusinessDay(day)) {
            throw new AppointmentRefusedException(Reason.NOT_A_BUSINESS_DAY);
        }
        if (!ledger.setDay(province, day, places)) {
            throw new AppointmentRefusedException(Reason.BELOW_BOOKED);
        }
    }

    /**
     * The places of every business day from {@code from} to {@code to} (both included); days not
     * booked yet show their weekday's places.
     */
    @Transactional(readOnly = true)
    public List<DayPlaces> places(ProvinceCode province, LocalDate from, LocalDate to) {
        WeeklyCapacity weekly = get(province).capacity();
        Map<LocalDate, DayPlaces> recorded = ledger.recorded(province, from, to);
        List<DayPlaces> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                DayPlaces known = recorded.get(day);
                days.add(known != null ? known : new DayPlaces(day, weekly.on(day.getDayOfWeek()), 0));
            }
        }
        return days;
    }
}
