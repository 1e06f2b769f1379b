package org.passage.notifications;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SMTP server of the test JVM: one GreenMail on a free loopback port, started once, to which
 * {@code @PassageIntegrationTest} points {@code spring.mail.host} and {@code spring.mail.port}. Tests read
 * what the application sent, for example a one-time code:
 *
 * <pre>{@code
 * String text = TestMailbox.awaitMessageTo("ayse@example.org").text();
 * }</pre>
 *
 * Use a fresh address per test (the server keeps every message of the JVM) and
 * {@link #awaitMessagesTo(String, int)} to wait for a second code.
 */
public final class TestMailbox implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** How long the await methods wait: delivery is prompt, but runs on another thread after the commit. */
    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static final GreenMail SERVER = start();

    /** A received e-mail, decoded. */
    public record Mail(String messageId, String to, String subject, String text) {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mailbox-stop"));
        return server;
    }

    /** The port the server listens on, on 127.0.0.1. */
    public static int smtpPort() {
        return SERVER.getSmtp().getPort();
    }

    /** Every message to {@code address} so far, oldest first. */
    public static List<Mail> messagesTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .map(TestMailbox::decoded)
                .toList();
    }

    /** Waits for a first message to {@code address} and returns the newest one. */
    public static Mail awaitMessageTo(String address) {
        return awaitMessagesTo(address, 1).getLast();
    }

    /**
     * Waits for a message to {@code address} whose subject starts with {@code subjectStart} and
     * returns the newest such one (an applicant gets several: code, receipt, appointment, decision).
     */
    public static Mail awaitMessageTo(String address, String subjectStart) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            List<Mail> matching = messagesTo(address).stream().filter(m -> m.subject().startsWith(subjectStart))
                    .toList();
            if (!matching.isEmpty()) {
                return matching.getLast();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected an e-mail to " + address + " with a subject starting '"
                        + subjectStart + "' within " + TIMEOUT);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for e-mail to " + address, e);
            }
        }
    }

    /** Waits until {@code address} has received at least {@code count} messages; returns them, oldest first. */
    public static List<Mail> awaitMessagesTo(String address, int count) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        List<Mail> messages = messagesTo(address);
        while (messages.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " e-mails to " + address + " within " + TIMEOUT
                        + ", got " + messages.size());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for e-mail to " + address, e);
            }
            messages = messagesTo(address);
        }
        return messages;
    }

    /** Points the Spring context at the server; registered by {@code @PassageIntegrationTest}. */
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort()).applyTo(context);
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(to -> to instanceof InternetAddress internet && internet.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail decoded(MimeMessage message) {
        try {
            Object content = message.getContent();
            return new Mail(message.getMessageID(), message.getAllRecipients()[0].toString(), message.getSubject(),
                    content instanceof String text ? text.replace("\r\n", "\n") : String.valueOf(content));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
