package org.passage.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Hands a delivery to its channel: e-mail to the SMTP server, SMS to the gateway, and either of them
 * to the development mailbox when it is active.
 */
class Channels {

    private final JavaMailSender smtp;
    private final SmsGateway sms;
    private final DevMailbox devMailbox;
    private final InternetAddress from;

    /** @param smtp the SMTP server, or {@code null} when none is configured (the dev mailbox must be active then) */
    Channels(JavaMailSender smtp, SmsGateway sms, DevMailbox devMailbox, String from) {
        if (smtp == null && !devMailbox.active()) {
            throw new IllegalStateException("Without an SMTP server (spring.mail.host) e-mail can only go to the "
                    + "development mailbox, which passage.notifications.dev-mailbox=false turns off");
        }
        this.smtp = smtp;
        this.sms = sms;
        this.devMailbox = devMailbox;
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("passage.notifications.mail-from is not an address: " + from, e);
        }
    }

    boolean smtpConfigured() {
        return smtp != null;
    }

    void send(Delivery delivery) {
        switch (delivery.channel()) {
            case EMAIL -> {
                if (smtp != null) {
                    smtp.send(mimeMessage(delivery));
                }
            }
            case SMS -> sms.send(delivery.id(), delivery.address(), delivery.body());
        }
        if (devMailbox.active()) {
            devMailbox.store(delivery);
        }
    }

    /** Message-ID {@code <delivery id@sender's domain>}: a repeat after a crash is recognisably the same message. */
    private MimeMessage mimeMessage(Delivery delivery) {
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(delivery.address());
            helper.setSubject(delivery.subject());
            helper.setText(delivery.body(), false);
            message.setHeader("Message-ID", messageId(delivery));
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    String messageId(Delivery delivery) {
        String address = from.getAddress();
        return "<" + delivery.id() + "@" + address.substring(address.indexOf('@') + 1) + ">";
    }
}
