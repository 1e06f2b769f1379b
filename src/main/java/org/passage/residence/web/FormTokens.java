package org.passage.residence.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import jakarta.servlet.http.HttpSession;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.passage.database.Secrets;
import org.passage.residence.ResidenceProperties;
import org.springframework.stereotype.Component;

/**
 * The invisible part of the security step: the pre-registration form carries a token signed with a
 * secret all nodes share, saying when the form was shown. A form sent back within seconds (a bot
 * filling fields at machine speed) or hours later is refused. Each token is kept in the session it
 * was shown in and accepted once, so it can be neither replayed nor handed to another client. Together with an empty trap field,
 * rate limits and the one-time code sent to the e-mail, it replaces a picture CAPTCHA, which
 * WCAG 2.2 SC 3.3.8 rules out, and needs no JavaScript.
 */
@Component
class FormTokens {

    /** The session attribute listing the tokens (their random part) issued and not used yet. */
    static final String OPEN = "residence.openFormTokens";
    /** Forms one session may have open at once (tabs); older tokens are forgotten. */
    private static final int OPEN_FORMS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;
    private final Clock clock;
    private final Duration minimum;
    private final Duration maximum;

    FormTokens(Secrets secrets, Clock clock, ResidenceProperties properties) {
        this.secret = secrets.get("residence-form-token");
        this.clock = clock;
        this.minimum = properties.formMinimumTime();
        this.maximum = properties.formMaximumTime();
    }

    /** A token for a form shown now in {@code session}. */
    String issue(HttpSession session) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        List<String> open = open(session);
        open.add(nonce);
        while (open.size() > OPEN_FORMS) {
            open.removeFirst();
        }
        // Set again, so that the session store writes the change.
        session.setAttribute(OPEN, open);
        String issued = clock.instant().toEpochMilli() + "." + nonce;
        return issued + "." + sign(issued);
    }

    /**
     * Whether the token is genuine, was issued to this session and not used yet, and the form came
     * back neither too fast nor too late. A token is accepted once: sending it again, or from
     * another session, is refused.
     */
    boolean accepts(String token, HttpSession session) {
        if (token == null || token.length() > 200) {
            return false;
        }
        int signatureStart = token.lastIndexOf('.');
        int nonceStart = token.indexOf('.');
        if (nonceStart < 1 || signatureStart <= nonceStart + 1) {
            return false;
        }
        String issued = token.substring(0, signatureStart);
        if (!MessageDigest.isEqual(sign(issued).getBytes(StandardCharsets.US_ASCII),
                token.substring(signatureStart + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        List<String> open = open(session);
        if (!open.remove(token.substring(nonceStart + 1, signatureStart))) {
            return false;
        }
        session.setAttribute(OPEN, open);
        try {
            Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(token.substring(0, nonceStart))),
                    clock.instant());
            return age.compareTo(minimum) >= 0 && age.compareTo(maximum) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> open(HttpSession session) {
        return session.getAttribute(OPEN) instanceof List<?> list ? new ArrayList<>((List<String>) list)
                : new ArrayList<>();
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
