package org.passage.admissions.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.passage.calendar.TurkiyeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly reviews of the directive, one per university and calendar year. A review is due from
 * April 1 (the day in Türkiye) until the year's review is recorded; the first record of a year stands.
 */
@Service
class DirectiveReviews {

    /** The day from which the year's review is due. */
    static final MonthDay DUE_FROM = MonthDay.of(4, 1);

    /** A recorded review. */
    record Review(int year, LocalDate reviewedOn, String reviewedBy, String note) {
    }

    /** What a record did: the year's review as it stands, and whether this call recorded it. */
    record Recorded(Review review, boolean first) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DirectiveReviews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today in Türkiye. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
    }

    /** The year whose review is due today and not recorded yet, if any. */
    @Transactional(readOnly = true)
    Optional<Integer> due(String university) {
        LocalDate today = today();
        if (MonthDay.from(today).isBefore(DUE_FROM) || of(university, today.getYear()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(today.getYear());
    }

    /** The university's review of the year, if recorded. */
    @Transactional(readOnly = true)
    Optional<Review> of(String university, int year) {
        return jdbc.sql("SELECT * FROM admission_directive_review WHERE university = ? AND review_year = ?")
                .params(university, year).query(DirectiveReviews::review).optional();
    }

    /** The university's recorded reviews, latest first. */
    @Transactional(readOnly = true)
    List<Review> all(String university) {
        return jdbc.sql("SELECT * FROM admission_directive_review WHERE university = ? ORDER BY review_year DESC")
                .param(university).query(DirectiveReviews::review).list();
    }

    /**
     * Records this year's review on today's date; when the year has one already (a second submit),
     * nothing changes and the first is returned.
     */
    @Transactional
    Recorded record(String university, String by, String note) {
        if (note == null || note.isBlank() || note.strip().length() > 1000) {
            throw new IllegalArgumentException("a review needs its note or board decision, at most 1000 characters");
        }
        LocalDate today = today();
        int inserted = jdbc.sql("""
                INSERT INTO admission_directive_review (university, review_year, reviewed_on, reviewed_by, note,
                    recorded_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(university, today.getYear(), today, by, note.strip(), Timestamp.from(clock.instant()))
                .update();
        return new Recorded(of(university, today.getYear()).orElseThrow(), inserted == 1);
    }

    private static Review review(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Review(rs.getInt("review_year"), rs.getObject("reviewed_on", LocalDate.class),
                rs.getString("reviewed_by"), rs.getString("note"));
    }
}
