package org.passage.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.payments.AccrualNumber;
import org.passage.payments.Money;
import org.passage.residence.ApplicationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accruals and their payments. Uniqueness is kept by the database: one accrual per application,
 * unique accrual numbers, one payment per accrual and per provider transaction.
 */
@Repository
class Accruals {

    private static final TypeReference<List<FeeLine>> LINES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Accruals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts a new accrual unless the application has one; answers false when the number is taken
     * by another application (the caller draws a new number) or the application has one already.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean insertIfAbsent(Accrual a) {
        FeeBasis b = a.basis();
        return jdbc.sql("""
                INSERT INTO payment_accrual (accrual_number, application_number, application_date, permit_type,
                    study_level, nationality, months, fee_year, fee_table_version, lines, amount, currency, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(a.number().value(), a.application().value(), b.applicationDate(), b.permitType(),
                        b.studyLevel(), b.nationality(), b.months(), a.fee().year(), a.fee().tableVersion(),
                        json.writeValueAsString(a.fee().lines()), a.amount().map(Money::amount).orElse(null),
                        Money.TRY.getCurrencyCode(), Timestamp.from(a.createdAt()))
                .update() == 1;
    }

    Optional<Accrual> find(AccrualNumber number) {
        return jdbc.sql("SELECT * FROM payment_accrual WHERE accrual_number = ?").param(number.value())
                .query(this::map).optional();
    }

    Optional<Accrual> findByApplication(ApplicationNumber application) {
        return jdbc.sql("SELECT * FROM payment_accrual WHERE application_number = ?").param(application.value())
                .query(this::map).optional();
    }

    /** The accrual, locked until the transaction ends, so that callbacks for it are handled one at a time. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Accrual> lock(AccrualNumber number) {
        return jdbc.sql("SELECT * FROM payment_accrual WHERE accrual_number = ? FOR UPDATE").param(number.value())
                .query(this::map).optional();
    }

    /** Stores a refreshed fee of an unpaid accrual. */
    @Transactional(propagation = Propagation.MANDATORY)
    void updateFee(Accrual a) {
        jdbc.sql("""
                UPDATE payment_accrual SET lines = CAST(? AS jsonb), amount = ?, fee_table_version = ?
                WHERE accrual_number = ? AND paid_at IS NULL""")
                .params(json.writeValueAsString(a.fee().lines()), a.amount().map(Money::amount).orElse(null),
                        a.fee().tableVersion(), a.number().value())
                .update();
    }

    /**
     * Records {@code payment} unless the accrual or the provider's transaction has one already
     * (the database's unique constraints decide, not a prior read); answers whether it was recorded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean insertPaymentIfAbsent(Payment p) {
        return jdbc.sql("""
                INSERT INTO payment (id, accrual_number, provider, transaction_id, amount, currency, paid_at, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(p.id(), p.accrual().value(), p.provider(), p.transactionId(), p.amount().amount(),
                        p.amount().currency().getCurrencyCode(), Timestamp.from(p.paidAt()),
                        Timestamp.from(p.recordedAt()))
                .update() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markPaid(Accrual a) {
        jdbc.sql("UPDATE payment_accrual SET paid_at = ? WHERE accrual_number = ? AND paid_at IS NULL")
                .params(Timestamp.from(a.paidAt().orElseThrow()), a.number().value()).update();
    }

    Optional<Payment> paymentOf(AccrualNumber accrual) {
        return jdbc.sql("SELECT * FROM payment WHERE accrual_number = ?").param(accrual.value())
                .query(Accruals::payment).optional();
    }

    Optional<Payment> paymentByTransaction(String provider, String transactionId) {
        return jdbc.sql("SELECT * FROM payment WHERE provider = ? AND transaction_id = ?")
                .params(provider, transactionId).query(Accruals::payment).optional();
    }

    private Accrual map(ResultSet rs, int row) throws SQLException {
        FeeBasis basis = new FeeBasis(rs.getObject("application_date", LocalDate.class), rs.getString("permit_type"),
                rs.getString("study_level"), rs.getString("nationality"), (Integer) rs.getObject("months"));
        FeeAssessment fee = new FeeAssessment(rs.getInt("fee_year"), rs.getString("fee_table_version"),
                json.readValue(rs.getString("lines"), LINES));
        Timestamp paidAt = rs.getTimestamp("paid_at");
        return new Accrual(new AccrualNumber(rs.getString("accrual_number")),
                new ApplicationNumber(rs.getString("application_number")), basis, fee,
                rs.getTimestamp("created_at").toInstant(), paidAt == null ? null : paidAt.toInstant());
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getObject("id", UUID.class), new AccrualNumber(rs.getString("accrual_number")),
                rs.getString("provider"), rs.getString("transaction_id"),
                new Money(rs.getBigDecimal("amount"), java.util.Currency.getInstance(rs.getString("currency"))),
                rs.getTimestamp("paid_at").toInstant(), rs.getTimestamp("recorded_at").toInstant());
    }
}
