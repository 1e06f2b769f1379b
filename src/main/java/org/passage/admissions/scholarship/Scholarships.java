package org.passage.admissions.scholarship;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.admissions.AdmissionAssessments;
import org.passage.admissions.QuotaRules;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNotFoundException;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.desk.ProgrammeOffer;
import org.passage.admissions.scholarship.ScholarshipRefusedException.Reason;
import org.passage.calendar.TurkiyeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards, keeps and ends academic scholarships (§7.10). Every call names the university of the
 * member of staff: an application of another university is not found. Awarding twice, or ending
 * twice, keeps the first.
 */
@Service
public class Scholarships {

    /** The study levels that are undergraduate programmes (lisans), in the residence vocabulary. */
    private static final Set<String> UNDERGRADUATE = Set.of("BACHELOR", "MEDICINE", "DENTISTRY_PHARMACY_VETERINARY");

    private final JdbcClient jdbc;
    private final AdmissionApplications applications;
    private final Intakes intakes;
    private final QuotaRules rules;
    private final String rulebookVersion;
    private final Clock clock;

    Scholarships(JdbcClient jdbc, AdmissionApplications applications, Intakes intakes, QuotaRules rules,
            AdmissionAssessments assessments, Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.intakes = intakes;
        this.rules = rules;
        this.rulebookVersion = assessments.rulebook().version();
        this.clock = clock;
    }

    /**
     * Awards the scholarship: under the directive its semesters follow {@link QuotaRules#scholarshipSemesters}
     * with the parameters in force today; with {@code agreementReference} it follows that agreement
     * instead. Refused unless the application holds a place of an undergraduate programme. An
     * application that has a scholarship keeps it, and that one is returned.
     */
    @Transactional
    public Scholarship award(AdmissionNumber number, String university, int percent, int prepSemesters,
            boolean doubleMajor, @Nullable String agreementReference, String awardedBy) {
        AdmissionApplication application = application(number, university);
        Optional<Scholarship> existing = find(number);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!application.holdsPlace()) {
            throw new ScholarshipRefusedException(Reason.NOT_ADMITTED, number + " holds no place");
        }
        String level = intakes.studyLevel(university, application.programme()).orElse(null);
        if (level != null && !UNDERGRADUATE.contains(level)) {
            throw new ScholarshipRefusedException(Reason.NOT_UNDERGRADUATE, application.programme() + " is " + level);
        }
        if (percent < 1 || percent > 100 || prepSemesters < 0 || prepSemesters > 20) {
            throw new IllegalArgumentException("percent 1 to 100, preparatory semesters 0 to 20");
        }
        String agreement = agreementReference == null || agreementReference.isBlank() ? null
                : agreementReference.strip();
        if (agreement != null && agreement.length() > 200) {
            throw new IllegalArgumentException("an agreement's reference has at most 200 characters");
        }
        Integer semesters = null;
        if (agreement == null) {
            ProgrammeOffer offer = intakes.programme(university, application.intake(), application.programme())
                    .orElseThrow();
            semesters = rules.scholarshipSemesters(offer.ruleProgramme(), prepSemesters, doubleMajor, today())
                    .semesters();
        }
        jdbc.sql("""
                INSERT INTO admission_scholarship (application, university, percent, agreement_reference,
                    prep_semesters, double_major, semesters, rulebook_version, awarded_by, awarded_at)
                VALUES (:n, :u, :percent, :agreement, :prep, :double, :semesters, :version, :by, :at)
                ON CONFLICT (application) DO NOTHING""")
                .param("n", number.value()).param("u", university).param("percent", percent)
                .param("agreement", agreement).param("prep", prepSemesters).param("double", doubleMajor)
                .param("semesters", semesters).param("version", rulebookVersion).param("by", awardedBy)
                .param("at", Timestamp.from(clock.instant())).update();
        return find(number).orElseThrow();
    }

    /** Records how many semesters of the scholarship have been used; refused beyond its duration or once ended. */
    @Transactional
    public Scholarship recordSemestersUsed(AdmissionNumber number, String university, int used) {
        Scholarship s = of(number, university).orElseThrow(() -> new AdmissionNotFoundException(number));
        if (used < 0 || s.ended() || (s.semesters() != null && used > s.semesters()) || used > 40) {
            throw new ScholarshipRefusedException(Reason.BEYOND_DURATION, number + ": " + used + " semesters");
        }
        jdbc.sql("UPDATE admission_scholarship SET semesters_used = ? WHERE application = ? AND ended_at IS NULL")
                .params(used, number.value()).update();
        return find(number).orElseThrow();
    }

    /** Ends the scholarship by the board's disciplinary decision; one ended already keeps its first decision. */
    @Transactional
    public Scholarship end(AdmissionNumber number, String university, String decisionReference, String endedBy) {
        of(number, university).orElseThrow(() -> new AdmissionNotFoundException(number));
        if (decisionReference == null || decisionReference.isBlank() || decisionReference.strip().length() > 200) {
            throw new IllegalArgumentException("a disciplinary decision's reference of 1 to 200 characters");
        }
        jdbc.sql("""
                UPDATE admission_scholarship SET ended_reference = ?, ended_by = ?, ended_at = ?
                WHERE application = ? AND ended_at IS NULL""")
                .params(decisionReference.strip(), endedBy, Timestamp.from(clock.instant()), number.value()).update();
        return find(number).orElseThrow();
    }

    /** The application's scholarship, if the application is the university's and has one. */
    @Transactional(readOnly = true)
    public Optional<Scholarship> of(AdmissionNumber number, String university) {
        return find(number).filter(s -> s.university().equals(university));
    }

    /** The application's scholarship, whoever asks (the acceptance letter prints it). */
    @Transactional(readOnly = true)
    public Optional<Scholarship> find(AdmissionNumber number) {
        return jdbc.sql("SELECT * FROM admission_scholarship WHERE application = ?").param(number.value())
                .query(Scholarships::row).optional();
    }

    /** The university's scholarships, latest awarded first. */
    @Transactional(readOnly = true)
    public List<Scholarship> ofUniversity(String university) {
        return jdbc.sql("SELECT * FROM admission_scholarship WHERE university = ? ORDER BY awarded_at DESC, application")
                .param(university).query(Scholarships::row).list();
    }

    /** The application, when it is the university's; otherwise not found (another university's staff get 404). */
    private AdmissionApplication application(AdmissionNumber number, String university) {
        return applications.find(number).filter(a -> a.university().equals(university))
                .orElseThrow(() -> new AdmissionNotFoundException(number));
    }

    private static Scholarship row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        int semesters = rs.getInt("semesters");
        Integer directive = rs.wasNull() ? null : semesters;
        return new Scholarship(new AdmissionNumber(rs.getString("application")), rs.getString("university"),
                rs.getInt("percent"), rs.getString("agreement_reference"), rs.getInt("prep_semesters"),
                rs.getBoolean("double_major"), directive, rs.getInt("semesters_used"), rs.getString("awarded_by"),
                rs.getTimestamp("awarded_at").toInstant(), rs.getString("ended_reference"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
    }
}
