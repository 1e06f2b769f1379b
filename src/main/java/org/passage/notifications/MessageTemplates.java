package org.passage.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of every message type in tr, en and de, from the bundle {@code notifications/messages},
 * with named placeholders such as {@code {applicationNumber}} filled from the notification's parameters.
 */
@Component
class MessageTemplates {

    static final String BUNDLE = "notifications/messages";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** A rendered message; SMS have no subject. */
    record Message(String subject, String body) {
    }

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    MessageTemplates() {
        bundle.setBasename(BUNDLE);
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        // Texts are read raw (no MessageFormat): apostrophes as in "Passage'a" stay as written.
        bundle.setAlwaysUseMessageFormat(false);
    }

    /** The message of {@code notification} for one channel, in the notification's language. */
    Message render(Notification notification, Channel channel) {
        Locale language = notification.language();
        String prefix = key(notification.type());
        return switch (channel) {
            case EMAIL -> new Message(
                    fill(text(prefix + ".subject", language), notification),
                    fill(text(prefix + ".email", language), notification)
                            + "\n\n-- \n" + text("notification.footer", language));
            case SMS -> new Message(null, fill(text(prefix + ".sms", language), notification));
        };
    }

    /** The bundle key prefix of a type: {@code notification.appointment-booked}. */
    static String key(MessageType type) {
        return "notification." + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String text(String key, Locale language) {
        return bundle.getMessage(key, null, language);
    }

    private static String fill(String template, Notification notification) {
        Map<String, String> parameters = notification.parameters();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        return placeholder.replaceAll(match -> {
            String value = parameters.get(match.group(1));
            if (value == null) {
                throw new IllegalArgumentException(notification.type() + " needs the parameter " + match.group(1));
            }
            return Matcher.quoteReplacement(value);
        });
    }
}
