package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox end to end: in the caller's transaction, then delivered by SMTP (the test JVM's GreenMail). */
@PassageIntegrationTest
class NotificationsIntegrationTest {

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Channels channels;
    @Autowired
    Outbox outbox;
    @Autowired
    MessageTemplates templates;

    @Test
    void aNotificationRolledBackWithItsTransactionIsNeverSent() {
        String address = OutboxRows.freshAddress();
        transaction.executeWithoutResult(status -> {
            notifications.send(receipt(address, Locale.ENGLISH, null));
            status.setRollbackOnly();
        });

        delivery.deliverDue();

        assertThat(OutboxRows.of(jdbc, address)).isEmpty();
        assertThat(TestMailbox.messagesTo(address)).isEmpty();
    }

    @Test
    void aCommittedNotificationIsDeliveredOnceInTurkish() {
        String address = OutboxRows.freshAddress();
        transaction.executeWithoutResult(status -> notifications.send(receipt(address, Locale.of("tr"), null)));

        TestMailbox.Mail mail = TestMailbox.awaitMessageTo(address);
        OutboxRows.Row row = OutboxRows.awaitStatus(jdbc, address, "SENT");
        delivery.deliverDue();

        assertThat(mail.subject()).isEqualTo("2026-000042 numaralı başvurunuz alındı");
        assertThat(mail.text()).contains("ikamet izni başvurunuz alındı", "Başvuru numarası: 2026-000042");
        assertThat(mail.messageId()).isEqualTo("<" + row.id() + "@localhost>");
        assertThat(row.attempts()).isZero();
        assertThat(row.sentAt()).isNotNull();
        assertThat(TestMailbox.messagesTo(address)).hasSize(1);
    }

    @Test
    void aCommittedNotificationIsDeliveredInGerman() {
        String address = OutboxRows.freshAddress();
        transaction.executeWithoutResult(status -> notifications.send(new Notification(
                MessageType.APPOINTMENT_BOOKED, Recipient.ofEmail(address), Locale.GERMAN,
                Map.of("applicationNumber", "2026-000042", "date", "12.03.2027, 10:30 Uhr", "province", "Ankara"))));

        TestMailbox.Mail mail = TestMailbox.awaitMessageTo(address);

        assertThat(mail.subject()).isEqualTo("Ihr Termin am 12.03.2027, 10:30 Uhr");
        assertThat(mail.text()).contains("Ihr Termin zum Antrag 2026-000042 ist gebucht.", "Provinz: Ankara",
                "Diese Nachricht wurde von Passage automatisch versandt.");
    }

    @Test
    void sendingOutsideATransactionIsRefused() {
        String address = OutboxRows.freshAddress();

        assertThatThrownBy(() -> notifications.send(receipt(address, Locale.ENGLISH, null)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(OutboxRows.of(jdbc, address)).isEmpty();
    }

    @Test
    void theSameIdempotencyKeyTwiceEnqueuesOnce() {
        String address = OutboxRows.freshAddress();
        String key = "receipt:" + UUID.randomUUID();

        transaction.executeWithoutResult(status -> notifications.send(receipt(address, Locale.ENGLISH, key)));
        transaction.executeWithoutResult(status -> notifications.send(receipt(address, Locale.ENGLISH, key)));

        assertThat(OutboxRows.of(jdbc, address)).hasSize(1);
        OutboxRows.awaitStatus(jdbc, address, "SENT");
        assertThat(TestMailbox.messagesTo(address)).hasSize(1);
    }

    @Test
    void aMissingParameterIsRefusedAtSend() {
        String address = OutboxRows.freshAddress();

        assertThatIllegalArgumentException().isThrownBy(() -> transaction.executeWithoutResult(status ->
                notifications.send(new Notification(MessageType.PAYMENT_RECEIVED, Recipient.ofEmail(address),
                        Locale.ENGLISH, Map.of("applicationNumber", "2026-000042", "amount", "1.250,00 TL")))))
                .withMessageContaining("accrualNumber");
        assertThat(OutboxRows.of(jdbc, address)).isEmpty();
    }

    @Test
    void eachChannelOfTheRecipientIsASeparateDelivery() {
        String address = OutboxRows.freshAddress();
        String mobile = "+90532" + (1000000 + (int) (Math.random() * 8999999));
        transaction.executeWithoutResult(status -> notifications.send(new Notification(MessageType.ONE_TIME_CODE,
                new Recipient(address, mobile), Locale.ENGLISH, Map.of("code", "482913", "minutes", "10"))));

        TestMailbox.awaitMessageTo(address);
        OutboxRows.Row sms = OutboxRows.awaitStatus(jdbc, mobile, "SENT");

        assertThat(sms.channel()).isEqualTo("SMS");
        assertThat(jdbc.sql("SELECT body FROM dev_mailbox_message WHERE delivery_id = ?").param(sms.id())
                .query(String.class).single()).isEqualTo("Passage code: 482913 (valid for 10 minutes). Do not share it.");
    }

    @Test
    void aOneTimeCodeIsNotKeptInTheOutboxOnceSent() {
        String address = OutboxRows.freshAddress();
        transaction.executeWithoutResult(status -> notifications.send(new Notification(MessageType.ONE_TIME_CODE,
                Recipient.ofEmail(address), Locale.ENGLISH, Map.of("code", "482913", "minutes", "10"))));

        assertThat(TestMailbox.awaitMessageTo(address).text()).contains("Your code is 482913.");
        OutboxRows.Row row = OutboxRows.awaitStatus(jdbc, address, "SENT");

        assertThat(row.body()).isNull();
    }

    @Test
    void aDeliveryWhoseServerIsUnreachableIsRetriedWithGrowingWaitsAndThenGivenUp() {
        // Far in the future, so that no other test's poller finds these rows due.
        MutableClock clock = new MutableClock(Instant.parse("2100-01-01T00:00:00Z"));
        NotificationsProperties properties = NotificationsPropertiesTest.properties(4, Duration.ofMinutes(1),
                Duration.ofMinutes(3), false);
        Channels unreachable = new Channels(OutboxRows.unreachableSmtp(), new LoggingSmsGateway(),
                new DevMailbox(jdbc, clock, false), properties.mailFrom());
        OutboxDelivery failing = new OutboxDelivery(outbox, unreachable, properties, clock);
        String address = OutboxRows.freshAddress();
        transaction.executeWithoutResult(status -> nodeThatDiesAfterCommit(clock)
                .send(receipt(address, Locale.ENGLISH, null)));
        UUID id = OutboxRows.of(jdbc, address).getFirst().id();

        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 4; attempt++) {
            failing.deliver(List.of(id));
            OutboxRows.Row row = OutboxRows.of(jdbc, address).getFirst();
            assertThat(row.attempts()).isEqualTo(attempt);
            if (row.status().equals("PENDING")) {
                waits.add(Duration.between(clock.instant(), row.nextAttemptAt()));
                clock.advance(Duration.ofSeconds(30));
                failing.deliver(List.of(id));
                assertThat(OutboxRows.of(jdbc, address).getFirst().attempts()).as("not due yet").isEqualTo(attempt);
                clock.set(row.nextAttemptAt());
            }
        }

        OutboxRows.Row row = OutboxRows.of(jdbc, address).getFirst();
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3));
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.lastError()).isNotBlank();
        assertThat(row.sentAt()).isNull();
        assertThat(TestMailbox.messagesTo(address)).isEmpty();
    }

    @Test
    void afterANodeDiesBetweenCommitAndDeliveryTwoNodesPollingAtOnceSendEachMessageExactlyOnce() throws Exception {
        Clock clock = Clock.systemUTC();
        Notifications dyingNode = nodeThatDiesAfterCommit(clock);
        List<String> addresses = Stream.generate(OutboxRows::freshAddress).limit(12).toList();
        transaction.executeWithoutResult(status -> addresses.forEach(address ->
                dyingNode.send(receipt(address, Locale.ENGLISH, null))));
        assertThat(addresses).allSatisfy(address ->
                assertThat(OutboxRows.of(jdbc, address)).singleElement().extracting(OutboxRows.Row::status).isEqualTo("PENDING"));

        NotificationsProperties properties = NotificationsPropertiesTest.properties(8, Duration.ofSeconds(30),
                Duration.ofMinutes(5), null);
        OutboxDelivery nodeA = new OutboxDelivery(outbox, channels, properties, clock);
        OutboxDelivery nodeB = new OutboxDelivery(outbox, channels, properties, clock);
        OutboxRows.runAtOnce(nodeA::deliverDue, nodeB::deliverDue);

        assertThat(addresses).allSatisfy(address -> {
            assertThat(OutboxRows.of(jdbc, address)).singleElement().satisfies(row -> {
                assertThat(row.status()).isEqualTo("SENT");
                assertThat(row.attempts()).isZero();
            });
            assertThat(TestMailbox.messagesTo(address)).hasSize(1);
        });
    }

    @Test
    void aDeliveryHeldByANodeIsTakenOverOnlyWhenItsLeaseEnds() {
        MutableClock clock = new MutableClock(Instant.parse("2100-01-01T00:00:00Z"));
        String address = OutboxRows.freshAddress();
        transaction.executeWithoutResult(status -> nodeThatDiesAfterCommit(clock)
                .send(receipt(address, Locale.ENGLISH, null)));
        List<UUID> ids = List.of(OutboxRows.of(jdbc, address).getFirst().id());
        Duration lease = Duration.ofMinutes(2);

        assertThat(outbox.claim(ids, clock.instant(), lease)).as("the first node").hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(outbox.claim(ids, clock.instant(), lease)).as("another node while the lease lasts").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(outbox.claim(ids, clock.instant(), lease)).as("another node once it has ended").hasSize(1);
    }

    /** Records like a node, but its prompt delivery after the commit never runs: the node "dies" there. */
    private Notifications nodeThatDiesAfterCommit(Clock clock) {
        return new Notifications(templates, outbox, delivery, task -> { }, clock);
    }

    private static Notification receipt(String address, Locale language, String key) {
        return new Notification(MessageType.SUBMISSION_RECEIPT, Recipient.ofEmail(address), language,
                Map.of("applicationNumber", "2026-000042"), key);
    }
}
