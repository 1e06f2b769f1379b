package org.passage.residence.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.passage.database.Secrets;
import org.passage.residence.ResidenceProperties;
import org.springframework.stereotype.Component;

/**
 * The invisible part of the security step: the pre-registration form carries a token signed with a
 * secret all nodes share, saying when the form was shown. A form sent back within seconds (a bot
 * filling fields at machine speed) or hours later is refused. Together with an empty trap field,
 * rate limits and the one-time code sent to the e-mail, it replaces a picture CAPTCHA, which
 * WCAG 2.2 SC 3.3.8 rules out, and needs no JavaScript.
 */
@Component
class FormTokens {

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

    /** A token for a form shown now. */
    String issue() {
        String issued = String.valueOf(clock.instant().toEpochMilli());
        return issued + "." + sign(issued);
    }

    /** Whether the token is genuine and the form came back neither too fast nor too late. */
    boolean accepts(String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        String issued = token.substring(0, dot);
        if (!MessageDigest.isEqual(sign(issued).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(issued)), clock.instant());
            return age.compareTo(minimum) >= 0 && age.compareTo(maximum) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
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
