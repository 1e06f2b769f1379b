package org.passage.payments.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.payments.AccrualNumber;
import org.passage.payments.Money;
import org.passage.payments.PaymentProvider;
import org.passage.payments.internal.PaymentsConfiguration.PaymentsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in virtual POS, so that the whole payment flow works on a fresh machine: its hosted
 * page ({@code /payments/simulator/{session}}) takes one of two test cards, then it sends the
 * signed server-to-server callback a bank would send and the browser back to Passage. Test card
 * {@value #SUCCEEDING_CARD} pays, {@value #DECLINED_CARD} is declined; with any future expiry
 * and any three-digit security code. No other card number is accepted.
 */
@Component
class SimulatorProvider implements PaymentProvider {

    static final String ID = "simulator";
    /** The Spring profile of a production start (see the README's "Production"). */
    static final String PRODUCTION = "production";
    static final String SUCCEEDING_CARD = "4111111111111111";
    static final String DECLINED_CARD = "4000000000000002";
    /** How long a hosted payment page stays open. */
    static final Duration SESSION_LIFETIME = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(SimulatorProvider.class);

    /** A payment opened on the simulator's page. */
    record Session(UUID id, AccrualNumber accrual, Money amount, Locale language, URI returnUrl, String outcome,
            Instant createdAt) {

        boolean open(Instant now) {
            return outcome == null && now.isBefore(createdAt.plus(SESSION_LIFETIME));
        }
    }

    private final JdbcClient jdbc;
    private final CallbackSignature signature;
    private final JsonMapper json;
    private final PaymentsProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final RestClient http = RestClient.create();
    private volatile URI localCallbackUrl;

    SimulatorProvider(JdbcClient jdbc, CallbackSignature signature, JsonMapper json, PaymentsProperties properties,
            Clock clock, Environment environment, TransactionTemplate transactions) {
        if (environment.matchesProfiles(PRODUCTION)) {
            // Its hosted page marks real fees paid for anyone who types the public test card.
            throw new IllegalStateException("The payment simulator may not run with the profile '" + PRODUCTION
                    + "': configure a real payment provider (passage.payments.provider)");
        }
        this.jdbc = jdbc;
        this.signature = signature;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public URI start(Order order) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO payment_simulator_session (id, accrual_number, amount, currency, language, return_url, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, order.accrual().value(), order.amount().amount(),
                        order.amount().currency().getCurrencyCode(), order.language().getLanguage(),
                        order.returnUrl().toString(), Timestamp.from(clock.instant()))
                .update();
        return URI.create("/payments/simulator/" + id);
    }

    Optional<Session> session(UUID id) {
        return jdbc.sql("SELECT * FROM payment_simulator_session WHERE id = ?").param(id).query(SimulatorProvider::map)
                .optional();
    }

    /**
     * Charges a test card on an open session: closes it (once: a second submission of the form
     * finds it closed), sends the signed callback, and answers where the browser goes next.
     */
    Optional<URI> pay(Session session, String cardNumber) {
        // The session's row stays locked until the callback has been answered: a second send of the page
        // (a double click) waits for it, then finds the session closed and the payment recorded.
        return transactions.execute(status -> close(session, cardNumber));
    }

    private Optional<URI> close(Session session, String cardNumber) {
        boolean succeeds = SUCCEEDING_CARD.equals(cardNumber);
        String outcome = succeeds ? "SUCCEEDED" : "DECLINED";
        String transactionId = "SIM-" + UUID.randomUUID();
        Instant now = clock.instant();
        int closed = jdbc.sql("""
                UPDATE payment_simulator_session SET outcome = ?, transaction_id = ?, completed_at = ?
                WHERE id = ? AND outcome IS NULL AND created_at > ?""")
                .params(outcome, transactionId, Timestamp.from(now), session.id(),
                        Timestamp.from(now.minus(SESSION_LIFETIME)))
                .update();
        if (closed != 1) {
            return Optional.empty();
        }
        Map<String, Object> callback = new LinkedHashMap<>();
        callback.put("transactionId", transactionId);
        callback.put("accrualNumber", session.accrual().value());
        callback.put("amount", session.amount().plain());
        callback.put("currency", session.amount().currency().getCurrencyCode());
        callback.put("status", outcome);
        callback.put("paidAt", now.toString());
        send(json.writeValueAsString(callback).getBytes(StandardCharsets.UTF_8));
        return Optional.of(result(session.returnUrl(), outcome));
    }

    /** Where the browser returns after the closed {@code session}, with its outcome. */
    static URI resultUrl(Session session) {
        return result(session.returnUrl(), session.outcome());
    }

    private static URI result(URI returnUrl, String outcome) {
        return UriComponentsBuilder.fromUri(returnUrl)
                .queryParam("outcome", "SUCCEEDED".equals(outcome) ? "paid" : "declined").build().toUri();
    }

    /** Posts the callback as a bank would; a failure leaves the accrual unpaid and is logged. */
    private void send(byte[] body) {
        long now = clock.instant().getEpochSecond();
        try {
            http.post().uri(callbackUrl()).contentType(MediaType.APPLICATION_JSON)
                    .header(CallbackSignature.TIMESTAMP, Long.toString(now))
                    .header(CallbackSignature.SIGNATURE, signature.sign(now, body))
                    .body(body).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            log.warn("The simulator's callback failed: {}", e.getMessage());
        }
    }

    private URI callbackUrl() {
        URI configured = properties.simulatorCallbackUrl();
        if (configured != null) {
            return configured;
        }
        if (localCallbackUrl == null) {
            throw new IllegalStateException("the web server has not started: no callback address");
        }
        return localCallbackUrl;
    }

    /** This application's own callback endpoint, on the loopback address and the port it listens on. */
    @EventListener
    void on(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            String contextPath = event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "");
            localCallbackUrl = URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + contextPath
                    + "/api/v1/payments/callback");
        }
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new Session(rs.getObject("id", UUID.class), new AccrualNumber(rs.getString("accrual_number")),
                new Money(amount, java.util.Currency.getInstance(rs.getString("currency"))),
                Locale.of(rs.getString("language")), URI.create(rs.getString("return_url")), rs.getString("outcome"),
                rs.getTimestamp("created_at").toInstant());
    }
}
