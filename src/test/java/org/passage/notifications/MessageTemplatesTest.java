package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every message type has its texts in every language, filled from exactly the parameters it declares. */
class MessageTemplatesTest {

    private static final Recipient BOTH = new Recipient("ayse@example.org", "+905321234567");
    private final MessageTemplates templates = new MessageTemplates();

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyTextOfATypeUsesOnlyTheParametersTheTypeDeclares(MessageType type) throws IOException {
        for (String language : new String[] {"en", "tr", "de"}) {
            Properties bundle = load(language);
            for (String part : new String[] {"subject", "email", "sms"}) {
                String text = bundle.getProperty(MessageTemplates.key(type) + "." + part);
                assertThat(text).as(type + " " + part + " in " + language).isNotBlank();
                assertThat(placeholders(text)).as(type + " " + part + " in " + language).isSubsetOf(type.parameters());
            }
            assertThat(placeholders(bundle.getProperty(MessageTemplates.key(type) + ".email")))
                    .as("the " + language + " e-mail of " + type + " shows every parameter")
                    .isEqualTo(type.parameters());
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyTypeRendersInEveryLanguageWithNoPlaceholderLeft(MessageType type) {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.of("tr"), Locale.GERMAN}) {
            Notification notification = new Notification(type, BOTH, language, sampleParameters(type));
            MessageTemplates.Message email = templates.render(notification, Channel.EMAIL);
            MessageTemplates.Message sms = templates.render(notification, Channel.SMS);
            assertThat(email.subject() + email.body() + sms.body()).doesNotContain("{", "}");
            assertThat(sms.subject()).isNull();
        }
    }

    @Test
    void theTextIsChosenByTheNotificationsLanguage() {
        Map<String, String> parameters = Map.of("applicationNumber", "2026-000042");
        assertThat(render(MessageType.SUBMISSION_RECEIPT, "tr", parameters).subject())
                .isEqualTo("2026-000042 numaralı başvurunuz alındı");
        assertThat(render(MessageType.SUBMISSION_RECEIPT, "de", parameters).subject())
                .isEqualTo("Ihr Antrag 2026-000042 ist eingegangen");
        assertThat(render(MessageType.SUBMISSION_RECEIPT, "fr", parameters).subject())
                .isEqualTo("We received your application 2026-000042");
    }

    @Test
    void apostrophesAndDollarSignsSurviveAsWritten() {
        MessageTemplates.Message message = render(MessageType.PAYMENT_RECEIVED, "tr",
                Map.of("applicationNumber", "2026-000042", "amount", "$1,250.00", "accrualNumber", "T-77"));
        assertThat(message.body()).contains("$1,250.00 tutarındaki", "Tahakkuk numarası: T-77");
        assertThat(render(MessageType.DECISION_MADE, "tr",
                Map.of("applicationNumber", "2026-000042", "decision", "Onaylandı")).body()).contains("Passage'a");
    }

    @Test
    void theEmailEndsWithTheFooterInTheSameLanguage() {
        assertThat(render(MessageType.SUBMISSION_RECEIPT, "de", Map.of("applicationNumber", "2026-000042")).body())
                .endsWith("\n\n-- \nDiese Nachricht wurde von Passage automatisch versandt. Antworten darauf werden nicht gelesen.");
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void smsTextsFitIntoTwoMessagesWithTypicalValues(MessageType type) {
        // Turkish letters make an SMS a UCS-2 one: 67 characters per part of a multi-part message.
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.of("tr"), Locale.GERMAN}) {
            Notification notification = new Notification(type, BOTH, language, sampleParameters(type));
            assertThat(templates.render(notification, Channel.SMS).body()).hasSizeLessThanOrEqualTo(2 * 67 + 20);
        }
    }

    private MessageTemplates.Message render(MessageType type, String language, Map<String, String> parameters) {
        return templates.render(new Notification(type, BOTH, Locale.of(language), parameters), Channel.EMAIL);
    }

    static Map<String, String> sampleParameters(MessageType type) {
        Map<String, String> values = new HashMap<>(Map.of("code", "482913", "minutes", "10",
                "applicationNumber", "2026-000042", "date", "12.03.2027 10:30", "province", "İstanbul",
                "dueDate", "26.03.2027", "items", "- Kira sözleşmesi\n- Sağlık sigortası", "decision", "Approved",
                "amount", "1.250,00 TL", "accrualNumber", "2027-T-000123"));
        values.putAll(Map.of("parameter", "Net monthly minimum wage",
                "rulebook", "Türkiye residence permits (Law No. 6458)", "from", "2026-01-01", "to", "2026-12-31"));
        values.put("note", "Stamped by the faculty, please.");
        values.put("programme", "Bilgisayar Mühendisliği");
        values.put("state", "Değerlendirmede");
        values.put("document", "Lise diploması veya son sınıf belgesi");
        values.put("fileNumber", "3F2A9C01");
        values.put("status", "Fee paid, file sent to the consulate");
        values.put("permitNumber", "2026-0000123");
        values.put("validUntil", "31.08.2027");
        values.put("link", "https://passage.example/residence/continue?number=AB12CD34EF56G&next=documents");
        values.put("studentNumber", "2027-0012345");
        values.put("residenceLink", "https://passage.example/residence/apply/from-letter?code=ABCDEFGHJKMNPQRS");
        values.put("representative", "Av. Deniz Yılmaz (avukat)");
        values.put("scopes", "başvuru yapmak (form, gönderim), belge yüklemek");
        values.put("endsOn", "2027-03-01");
        values.put("mandateId", "3f2a9c01-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
        values.put("action", "bir belge yükledi veya kaldırdı");
        Map<String, String> parameters = new HashMap<>();
        type.parameters().forEach(name -> parameters.put(name, values.get(name)));
        return parameters;
    }

    private static Properties load(String language) throws IOException {
        String file = MessageTemplates.BUNDLE + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageTemplatesTest.class.getClassLoader().getResourceAsStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = MessageTemplates.PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }
}
