package org.passage.admissions.quota.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passage.admissions.AdmissionAssessments;
import org.passage.admissions.QuotaRules;
import org.passage.admissions.QuotaRules.QuotaCheck;
import org.passage.admissions.QuotaRules.QuotaTransfer;
import org.passage.admissions.desk.Intake;
import org.passage.admissions.desk.Intakes;
import org.passage.calendar.TurkiyeTime;
import org.passage.places.PlacePool;
import org.passage.places.PoolPlaces;
import org.passage.places.Places;
import org.passage.rules.LocalizedText;
import org.passage.rules.Rulebook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's quota register of a university: each line is checked against the directive's caps
 * ({@link QuotaRules}, parameters in force on the day) before it is kept; transfers move unfilled
 * places of an intake between programmes and are kept with their board decisions.
 */
@Service
class QuotaRegister {

    /** A programme's register line with what happened to it in the year's intakes. */
    record Line(String programme, LocalizedText name, String ruleProgramme, int previousOsysQuota,
            String osysSource, int originalQuota, int transferredIn, int transferredOut, int filled,
            BigDecimal tuitionAmount, String tuitionCurrency, boolean newProgramme) {

        /** The quota after the year's transfers. */
        int currentQuota() {
            return originalQuota + transferredIn - transferredOut;
        }
    }

    /** A recorded transfer, as the register shows it. */
    record Transfer(String intake, String fromProgramme, String toProgramme, int seats, String boardDecision,
            String yokDecision, String recordedBy) {
    }

    private static final String HOLDING = "('ADMITTED', 'OFFER_ACCEPTED', 'ENROLLED')";

    private final JdbcClient jdbc;
    private final QuotaRules rules;
    private final Rulebook rulebook;
    private final Intakes intakes;
    private final Places places;
    private final Clock clock;

    QuotaRegister(JdbcClient jdbc, QuotaRules rules, AdmissionAssessments assessments, Intakes intakes,
            Places places, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.rulebook = assessments.rulebook();
        this.intakes = intakes;
        this.places = places;
        this.clock = clock;
    }

    /** Keeps the line, replacing the programme's line of that year; refused over the §7.1 cap. */
    @Transactional
    void record(RegisterEntry e, String recordedBy) {
        if (!intakes.programmeNames(e.university()).containsKey(e.programme())) {
            throw new IllegalArgumentException("programme " + e.programme() + " is not the university's");
        }
        QuotaCheck check = rules.foreignQuota(e.foreignQuota(), e.previousOsysQuota(), today());
        if (!check.allowed()) {
            throw new QuotaRefusedException(check.findings());
        }
        jdbc.sql("""
                INSERT INTO admission_quota_register (university, academic_year, programme, previous_osys_quota,
                    osys_source, foreign_quota, tuition_amount, tuition_currency, new_programme, rulebook_version,
                    recorded_by, recorded_at)
                VALUES (:u, :y, :p, :osys, :source, :quota, :amount, :currency, :fresh, :version, :by, :at)
                ON CONFLICT (university, academic_year, programme) DO UPDATE SET
                    previous_osys_quota = :osys, osys_source = :source, foreign_quota = :quota,
                    tuition_amount = :amount, tuition_currency = :currency, new_programme = :fresh,
                    rulebook_version = :version, recorded_by = :by, recorded_at = :at""")
                .param("u", e.university()).param("y", e.academicYear()).param("p", e.programme())
                .param("osys", e.previousOsysQuota()).param("source", e.osysSource())
                .param("quota", e.foreignQuota()).param("amount", e.tuitionAmount())
                .param("currency", e.tuitionCurrency()).param("fresh", e.newProgramme())
                .param("version", rulebook.version()).param("by", recordedBy)
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
    }

    /** The university's register of the year, in the order of the programmes' English names. */
    @Transactional(readOnly = true)
    List<Line> lines(String university, int academicYear) {
        Map<String, Integer> in = sums(university, academicYear, "to_programme");
        Map<String, Integer> out = sums(university, academicYear, "from_programme");
        Map<String, Integer> filled = new HashMap<>();
        jdbc.sql("SELECT a.programme, COUNT(*) AS n FROM admission_application a JOIN admission_intake i"
                + " ON i.university = a.university AND i.code = a.intake"
                + " WHERE a.university = ? AND i.academic_year = ? AND a.state IN " + HOLDING
                + " GROUP BY a.programme")
                .params(university, academicYear)
                .query((rs, i) -> Map.entry(rs.getString("programme"), rs.getInt("n"))).list()
                .forEach(en -> filled.put(en.getKey(), en.getValue()));
        return jdbc.sql("""
                SELECT r.*, p.name_tr, p.name_en, p.name_de, p.rule_programme FROM admission_quota_register r
                JOIN admission_programme p ON p.university = r.university AND p.code = r.programme
                WHERE r.university = ? AND r.academic_year = ? ORDER BY p.name_en""")
                .params(university, academicYear)
                .query((rs, i) -> {
                    String code = rs.getString("programme");
                    return new Line(code,
                            new LocalizedText(rs.getString("name_tr"), rs.getString("name_en"), rs.getString("name_de")),
                            rs.getString("rule_programme"), rs.getInt("previous_osys_quota"),
                            rs.getString("osys_source"), rs.getInt("foreign_quota"), in.getOrDefault(code, 0),
                            out.getOrDefault(code, 0), filled.getOrDefault(code, 0),
                            rs.getBigDecimal("tuition_amount"), rs.getString("tuition_currency"),
                            rs.getBoolean("new_programme"));
                }).list();
    }

    /** The academic years the university has a register for, latest first. */
    @Transactional(readOnly = true)
    List<Integer> years(String university) {
        return jdbc.sql("SELECT DISTINCT academic_year FROM admission_quota_register WHERE university = ?"
                + " ORDER BY academic_year DESC").param(university).query(Integer.class).list();
    }

    /** The transfers of the year's intakes, in the order they were recorded. */
    @Transactional(readOnly = true)
    List<Transfer> transfers(String university, int academicYear) {
        return jdbc.sql("""
                SELECT t.* FROM admission_quota_transfer t JOIN admission_intake i
                    ON i.university = t.university AND i.code = t.intake
                WHERE t.university = ? AND i.academic_year = ? ORDER BY t.id""")
                .params(university, academicYear)
                .query((rs, i) -> new Transfer(rs.getString("intake"), rs.getString("from_programme"),
                        rs.getString("to_programme"), rs.getInt("seats"), rs.getString("board_decision"),
                        rs.getString("yok_decision"), rs.getString("recorded_by")))
                .list();
    }

    /**
     * Moves unfilled places of the intake from one programme to another (§7.7). Both programmes
     * must be in the year's register; the receiver stays within half of its previous ÖSYS quota;
     * Law and Medicine need the YÖK executive board's decision. The giver's pool is shrunk by a
     * conditional update, so an admission made meanwhile can never be left without its place.
     */
    @Transactional
    void transfer(String university, String intakeCode, String from, String to, int seats, String boardDecision,
            String yokDecision, String recordedBy) {
        Intake intake = intakes.find(university, intakeCode)
                .orElseThrow(() -> new IllegalArgumentException("no intake " + intakeCode));
        if (from.equals(to) || seats < 1 || seats > 10000 || blank(boardDecision) || boardDecision.length() > 200
                || (yokDecision != null && yokDecision.length() > 200)) {
            throw new IllegalArgumentException("a transfer needs two programmes, seats and its board decision");
        }
        Map<String, Line> register = new HashMap<>();
        lines(university, intake.academicYear()).forEach(l -> register.put(l.programme(), l));
        Line giver = register.get(from);
        Line receiver = register.get(to);
        if (giver == null || receiver == null) {
            throw new IllegalArgumentException("both programmes must be in the year's register");
        }
        jdbc.sql("""
                INSERT INTO admission_intake_programme (university, intake, programme, foreign_quota)
                VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING""").params(university, intakeCode, to).update();
        // Both offers are locked in one order, so two transfers in opposite directions cannot deadlock.
        Map<String, Integer> offered = new HashMap<>();
        jdbc.sql("""
                SELECT programme, foreign_quota FROM admission_intake_programme
                WHERE university = ? AND intake = ? AND programme IN (?, ?) ORDER BY programme FOR UPDATE""")
                .params(university, intakeCode, from, to)
                .query((rs, i) -> Map.entry(rs.getString("programme"), rs.getInt("foreign_quota"))).list()
                .forEach(en -> offered.put(en.getKey(), en.getValue()));
        if (!offered.containsKey(from)) {
            throw new IllegalArgumentException(from + " has no quota in " + intakeCode);
        }
        PlacePool giverPool = Intakes.quotaPool(university, intakeCode, from);
        int unfilled = offered.get(from) - places.of(giverPool).map(PoolPlaces::taken).orElse(0);
        boolean yok = !blank(yokDecision);
        QuotaCheck check = rules.transfer(new QuotaTransfer(giver.ruleProgramme(), receiver.ruleProgramme(), seats,
                Math.max(unfilled, 0), receiver.currentQuota(), receiver.previousOsysQuota(), yok), today());
        if (!check.allowed()) {
            throw new QuotaRefusedException(check.findings());
        }
        int giverQuota = offered.get(from) - seats;
        int receiverQuota = offered.get(to) + seats;
        if (!places.resize(giverPool, giverQuota)) {
            QuotaCheck now = rules.transfer(new QuotaTransfer(giver.ruleProgramme(), receiver.ruleProgramme(), seats,
                    0, receiver.currentQuota(), receiver.previousOsysQuota(), yok), today());
            throw new QuotaRefusedException(now.findings());
        }
        places.resize(Intakes.quotaPool(university, intakeCode, to), receiverQuota);
        setQuota(university, intakeCode, from, giverQuota);
        setQuota(university, intakeCode, to, receiverQuota);
        jdbc.sql("""
                INSERT INTO admission_quota_transfer (university, intake, from_programme, to_programme, seats,
                    board_decision, yok_decision, rulebook_version, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(university, intakeCode, from, to, seats, boardDecision.strip(),
                        yok ? yokDecision.strip() : null, rulebook.version(), recordedBy,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** A university that published a register, with the years it did, latest first. */
    record Published(String university, LocalizedText name, List<Integer> years) {
    }

    /** The universities with a register, in the order of their English names. */
    @Transactional(readOnly = true)
    List<Published> published() {
        return jdbc.sql("""
                SELECT u.code, u.name_tr, u.name_en, u.name_de FROM admission_university u
                WHERE EXISTS (SELECT 1 FROM admission_quota_register r WHERE r.university = u.code)
                ORDER BY u.name_en""")
                .query((rs, i) -> new Published(rs.getString("code"), new LocalizedText(rs.getString("name_tr"),
                        rs.getString("name_en"), rs.getString("name_de")), List.of()))
                .list().stream().map(p -> new Published(p.university(), p.name(), years(p.university()))).toList();
    }

    /**
     * The year's §7.9 line: mid-term pre-acceptances given for the year and the most allowed (a third
     * of the previous year's foreign quota); empty while no mid-term admission was decided for it.
     */
    @Transactional(readOnly = true)
    java.util.Optional<PoolPlaces> midTermLine(String university, int academicYear) {
        return places.of(Intakes.midTermPool(university, academicYear));
    }

    /** The codes of the university's intakes of the academic year, in the order they open. */
    @Transactional(readOnly = true)
    List<String> intakeCodes(String university, int academicYear) {
        return jdbc.sql("SELECT code FROM admission_intake WHERE university = ? AND academic_year = ? ORDER BY opens_on")
                .params(university, academicYear).query(String.class).list();
    }

    private void setQuota(String university, String intake, String programme, int quota) {
        jdbc.sql("UPDATE admission_intake_programme SET foreign_quota = ? WHERE university = ? AND intake = ?"
                + " AND programme = ?").params(quota, university, intake, programme).update();
    }

    private Map<String, Integer> sums(String university, int academicYear, String column) {
        Map<String, Integer> m = new HashMap<>();
        jdbc.sql("SELECT t." + column + " AS programme, SUM(t.seats) AS n FROM admission_quota_transfer t"
                + " JOIN admission_intake i ON i.university = t.university AND i.code = t.intake"
                + " WHERE t.university = ? AND i.academic_year = ? GROUP BY t." + column)
                .params(university, academicYear)
                .query((rs, i) -> Map.entry(rs.getString("programme"), rs.getInt("n"))).list()
                .forEach(en -> m.put(en.getKey(), en.getValue()));
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
