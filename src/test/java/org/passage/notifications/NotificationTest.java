package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Recipient AYSE = Recipient.ofEmail("ayse@example.org");

    @Test
    void aMissingParameterIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Notification(MessageType.ONE_TIME_CODE, AYSE, Locale.ENGLISH, Map.of("code", "123456")))
                .withMessageContaining("minutes");
    }

    @Test
    void aParameterTheTypeDoesNotUseIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Notification(MessageType.SUBMISSION_RECEIPT, AYSE, Locale.ENGLISH,
                        Map.of("applicationNumber", "2026-000001", "aplicationNumber", "2026-000001")))
                .withMessageContaining("aplicationNumber");
    }

    @Test
    void aBlankParameterIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Notification(MessageType.SUBMISSION_RECEIPT, AYSE, Locale.ENGLISH,
                        Map.of("applicationNumber", " ")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglish() {
        Notification notification = new Notification(MessageType.SUBMISSION_RECEIPT, AYSE, Locale.FRENCH,
                Map.of("applicationNumber", "2026-000001"));
        assertThat(notification.language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aRegionalLanguageCountsAsItsLanguage() {
        Notification notification = new Notification(MessageType.SUBMISSION_RECEIPT, AYSE,
                Locale.forLanguageTag("de-AT"), Map.of("applicationNumber", "2026-000001"));
        assertThat(notification.language()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void aBlankIdempotencyKeyIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Notification(MessageType.SUBMISSION_RECEIPT, AYSE, Locale.ENGLISH,
                        Map.of("applicationNumber", "2026-000001"), ""));
    }

    @Test
    void aRecipientNeedsAnAddressOrANumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Recipient(" ", null));
    }

    @Test
    void aMobileNumberMustBeInE164Form() {
        assertThatIllegalArgumentException().isThrownBy(() -> Recipient.ofMobile("0532 123 45 67"));
        assertThat(Recipient.ofMobile("+905321234567").mobile()).isEqualTo("+905321234567");
    }

    @Test
    void anEmailAddressWithALineBreakIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Recipient.ofEmail("a@example.org\r\nBcc: b@example.org"));
    }
}
