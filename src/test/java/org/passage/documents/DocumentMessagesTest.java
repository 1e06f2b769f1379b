package org.passage.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Every reason for a refusal has its text in the bundles (the sync test checks the other languages). */
class DocumentMessagesTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    DocumentMessagesTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @ParameterizedTest
    @EnumSource(DocumentRejectedException.Reason.class)
    void everyReasonHasAText(DocumentRejectedException.Reason reason) {
        assertThat(messages.getMessage(reason.messageKey(), new Object[] {10.0}, Locale.ENGLISH)).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(DocumentRejectedException.Reason.class)
    void theRefusalCarriesItsReasonsTextAndArguments(DocumentRejectedException.Reason reason) {
        DocumentRejectedException rejected = new DocumentRejectedException(reason, 10.0);

        assertThat(rejected.getDetailMessageCode()).isEqualTo(reason.messageKey());
        assertThat(rejected.updateAndGetBody(messages, Locale.GERMAN).getProperties()).containsEntry("reason", reason.name());
    }

    @Test
    void theLimitIsWrittenInTheReadersLanguage() {
        DocumentRejectedException rejected = new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE, 9.5);

        assertThat(rejected.updateAndGetBody(messages, Locale.GERMAN).getDetail()).contains("9,5 MB");
        assertThat(rejected.updateAndGetBody(messages, Locale.forLanguageTag("tr")).getDetail()).contains("9,5 MB");
        assertThat(rejected.updateAndGetBody(messages, Locale.ENGLISH).getDetail()).contains("9.5 MB");
    }
}
