package org.passage.i18n;

/**
 * A module's own message bundle ({@code admissions/messages} for {@code admissions/messages_tr.properties}
 * and its siblings); a module declares one as a bean and {@link MessageBundles} adds it to the
 * application's message source, so that modules do not edit one shared file.
 */
public record MessageBundle(String basename) {
}
