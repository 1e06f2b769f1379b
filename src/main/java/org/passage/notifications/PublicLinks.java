package org.passage.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links for messages read outside the browser (e-mail, SMS): a scheduled job has no request
 * to take the host from, so the address the public reaches the service under is configured
 * ({@code passage.public-base-url}).
 */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${passage.public-base-url:http://localhost:8080}") String base) {
        String trimmed = base.strip();
        if (!trimmed.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalArgumentException("passage.public-base-url must be an http(s) address: " + base);
        }
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The absolute address of {@code path}, which starts with a slash. */
    public String absolute(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with a slash: " + path);
        }
        return base + path;
    }
}
