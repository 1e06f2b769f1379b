package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The provider's callback over real HTTP: authenticated, idempotent, and never half-recorded. */
@PassageIntegrationTest
class PaymentCallbackIntegrationTest {

    @Autowired
    TestApplications applications;
    @Autowired
    AccrualService accrualService;
    @Autowired
    CallbackSignature signature;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResidenceApplications residence;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSameCallbackAHundredTimesRecordsOnePayment() throws Exception {
        Accrual accrual = newAccrual();
        String body = callback(accrual, "SIM-" + UUID.randomUUID(), "964.00", "TRY", "SUCCEEDED");

        List<String> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> response = send(body, Instant.now().getEpochSecond());
            assertThat(response.statusCode()).isEqualTo(200);
            results.add(response.body());
        }

        assertThat(results.getFirst()).contains("RECORDED");
        assertThat(results.subList(1, 100)).allSatisfy(result -> assertThat(result).contains("DUPLICATE"));
        assertThat(payments(accrual)).isEqualTo(1);
        assertThat(accrualService.current(accrual.application()).orElseThrow().paid()).isTrue();
        String email = residence.find(accrual.application()).orElseThrow().contact().email();
        assertThat(paymentMails(email)).singleElement().satisfies(mail -> assertThat(mail.text())
                        .contains("964.00 TRY", accrual.number().formatted()));
    }

    @Test
    void tenCallbacksAtOnceRecordOnePayment() throws Exception {
        Accrual accrual = newAccrual();
        String body = callback(accrual, "SIM-" + UUID.randomUUID(), "964.00", "TRY", "SUCCEEDED");
        long now = Instant.now().getEpochSecond();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                responses.add(threads.submit(() -> {
                    start.await();
                    return send(body, now);
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get().statusCode()).isEqualTo(200);
                results.add(response.get().body());
            }
            assertThat(results).filteredOn(r -> r.contains("RECORDED")).hasSize(1);
            assertThat(results).filteredOn(r -> r.contains("DUPLICATE")).hasSize(9);
        }
        assertThat(payments(accrual)).isEqualTo(1);
    }

    @Test
    void aForgedSignatureIsRefusedAndNothingIsRecorded() throws Exception {
        Accrual accrual = newAccrual();
        String body = callback(accrual, "SIM-" + UUID.randomUUID(), "964.00", "TRY", "SUCCEEDED");
        long now = Instant.now().getEpochSecond();
        String signedForAnotherBody = signature.sign(now, body.replace("964.00", "1.00").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = http.send(request(body, Long.toString(now), signedForAnotherBody),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(payments(accrual)).isZero();
        assertThat(anomalies(accrual)).isZero();
    }

    @Test
    void aCallbackWithoutSignatureIsRefused() throws Exception {
        Accrual accrual = newAccrual();
        String body = callback(accrual, "SIM-" + UUID.randomUUID(), "964.00", "TRY", "SUCCEEDED");

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(callbackUri())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(payments(accrual)).isZero();
    }

    @Test
    void aStaleCallbackIsRefusedEvenWithAnAuthenticSignature() throws Exception {
        Accrual accrual = newAccrual();
        String body = callback(accrual, "SIM-" + UUID.randomUUID(), "964.00", "TRY", "SUCCEEDED");

        HttpResponse<String> response = send(body, Instant.now().minusSeconds(6 * 60).getEpochSecond());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("window");
        assertThat(payments(accrual)).isZero();
    }

    @Test
    void aWrongAmountIsRefusedAndFlaggedNotPaid() throws Exception {
        Accrual accrual = newAccrual();
        String body = callback(accrual, "SIM-" + UUID.randomUUID(), "96.40", "TRY", "SUCCEEDED");

        HttpResponse<String> first = send(body, Instant.now().getEpochSecond());
        HttpResponse<String> replayed = send(body, Instant.now().getEpochSecond());

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(first.body()).contains("FLAGGED");
        assertThat(replayed.statusCode()).isEqualTo(422);
        assertThat(payments(accrual)).isZero();
        assertThat(anomalies(accrual)).as("flagged once").isEqualTo(1);
        assertThat(accrualService.current(accrual.application()).orElseThrow().paid()).isFalse();
    }

    @Test
    void aWrongCurrencyIsRefusedAndFlagged() throws Exception {
        Accrual accrual = newAccrual();

        HttpResponse<String> response = send(callback(accrual, "SIM-" + UUID.randomUUID(), "964.00", "EUR",
                "SUCCEEDED"), Instant.now().getEpochSecond());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(payments(accrual)).isZero();
        assertThat(jdbc.sql("SELECT kind FROM payment_anomaly WHERE accrual_number = ?").param(accrual.number().value())
                .query(String.class).list()).containsExactly("AMOUNT_MISMATCH");
    }

    @Test
    void aSecondTransactionForAPaidAccrualIsFlaggedNotRecorded() throws Exception {
        Accrual accrual = newAccrual();
        send(callback(accrual, "SIM-" + UUID.randomUUID(), "964.00", "TRY", "SUCCEEDED"), Instant.now().getEpochSecond());

        HttpResponse<String> second = send(callback(accrual, "SIM-" + UUID.randomUUID(), "964.00", "TRY", "SUCCEEDED"),
                Instant.now().getEpochSecond());

        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(payments(accrual)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT kind FROM payment_anomaly WHERE accrual_number = ?").param(accrual.number().value())
                .query(String.class).list()).containsExactly("SECOND_PAYMENT");
    }

    @Test
    void aCallbackForAnUnknownAccrualIsFlagged() throws Exception {
        String transaction = "SIM-" + UUID.randomUUID();
        String body = """
                {"transactionId":"%s","accrualNumber":"202600000000000","amount":"964.00","currency":"TRY",\
                "status":"SUCCEEDED","paidAt":"%s"}""".formatted(transaction, Instant.now());

        HttpResponse<String> response = send(body, Instant.now().getEpochSecond());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT kind FROM payment_anomaly WHERE transaction_id = ?").param(transaction)
                .query(String.class).list()).containsExactly("UNKNOWN_ACCRUAL");
    }

    @Test
    void aMalformedButSignedCallbackIsABadRequest() throws Exception {
        Accrual accrual = newAccrual();

        HttpResponse<String> response = send("{\"transactionId\": 5, \"extra\": true}", Instant.now().getEpochSecond());
        HttpResponse<String> notJson = send("not json", Instant.now().getEpochSecond());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(payments(accrual)).isZero();
    }

    @Test
    void aDeclinedCardIsAcknowledgedWithoutAPayment() throws Exception {
        Accrual accrual = newAccrual();

        HttpResponse<String> response = send(callback(accrual, "SIM-" + UUID.randomUUID(), "964.00", "TRY",
                "DECLINED"), Instant.now().getEpochSecond());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("DECLINED");
        assertThat(payments(accrual)).isZero();
    }

    /** The PAYMENT_RECEIVED mails to {@code email}, once the first has arrived (delivery follows the commit). */
    private static List<TestMailbox.Mail> paymentMails(String email) throws InterruptedException {
        long until = System.nanoTime() + TestMailbox.TIMEOUT.toNanos();
        List<TestMailbox.Mail> mails = List.of();
        while (mails.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(100);
            mails = TestMailbox.messagesTo(email).stream().filter(m -> m.subject().startsWith("Payment received")).toList();
        }
        return mails;
    }

    private Accrual newAccrual() {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        return accrualService.current(number).orElseThrow();
    }

    private static String callback(Accrual accrual, String transaction, String amount, String currency, String status) {
        return """
                {"transactionId":"%s","accrualNumber":"%s","amount":"%s","currency":"%s","status":"%s","paidAt":"%s"}"""
                .formatted(transaction, accrual.number().value(), amount, currency, status, Instant.now());
    }

    private HttpResponse<String> send(String body, long epochSeconds) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.send(request(body, Long.toString(epochSeconds), signature.sign(epochSeconds, bytes)),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String body, String timestamp, String signed) {
        return HttpRequest.newBuilder(callbackUri()).header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP, timestamp).header(CallbackSignature.SIGNATURE, signed)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private URI callbackUri() {
        return URI.create("http://localhost:" + port + "/api/v1/payments/callback");
    }

    private int payments(Accrual accrual) {
        return jdbc.sql("SELECT count(*) FROM payment WHERE accrual_number = ?").param(accrual.number().value())
                .query(Integer.class).single();
    }

    private int anomalies(Accrual accrual) {
        return jdbc.sql("SELECT count(*) FROM payment_anomaly WHERE accrual_number = ?").param(accrual.number().value())
                .query(Integer.class).single();
    }
}
