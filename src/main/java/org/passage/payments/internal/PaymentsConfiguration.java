package org.passage.payments.internal;

import java.net.URI;
import java.time.Duration;
import org.passage.rules.Rulebooks;
import org.passage.i18n.MessageBundle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's settings, its fee table and its own message bundle. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentsConfiguration.PaymentsProperties.class)
class PaymentsConfiguration {

    static final String MESSAGES = "payments/messages";

    /**
     * Settings under {@code passage.payments}.
     *
     * @param provider the payment provider: {@code simulator} (the built-in virtual POS, the only one so far)
     * @param callbackSecret the secret shared with the provider for the callbacks' HMAC-SHA256
     *        signatures, at least 32 characters; when unset, a random one is generated at first start
     *        and kept in the database (table {@code app_secret}, name {@code payments-callback})
     * @param callbackWindow how far a callback's timestamp may be from now (default 5 minutes)
     * @param feeTable class-path location of the fee table
     * @param simulatorCallbackUrl where the simulator posts its callbacks; by default this
     *        application on the loopback address and its own port
     */
    @ConfigurationProperties("passage.payments")
    record PaymentsProperties(String provider, String callbackSecret, Duration callbackWindow, String feeTable,
            URI simulatorCallbackUrl) {

        PaymentsProperties {
            provider = provider == null || provider.isBlank() ? SimulatorProvider.ID : provider;
            if (!SimulatorProvider.ID.equals(provider)) {
                throw new IllegalArgumentException("passage.payments.provider: only 'simulator' exists, not '" + provider + "'");
            }
            if (callbackSecret != null && !callbackSecret.isBlank() && callbackSecret.length() < 32) {
                throw new IllegalArgumentException("passage.payments.callback-secret needs at least 32 characters");
            }
            callbackSecret = callbackSecret == null || callbackSecret.isBlank() ? null : callbackSecret;
            callbackWindow = callbackWindow == null ? Duration.ofMinutes(5) : callbackWindow;
            if (callbackWindow.isNegative() || callbackWindow.isZero() || callbackWindow.toMinutes() > 60) {
                throw new IllegalArgumentException("passage.payments.callback-window is between 1 second and 1 hour");
            }
            feeTable = feeTable == null || feeTable.isBlank() ? FeeTable.DEFAULT_LOCATION : feeTable;
        }
    }

    @Bean
    FeeTable feeTable(PaymentsProperties properties, Rulebooks rulebooks) {
        return FeeTable.load(properties.feeTable(), rulebooks);
    }

    /** Keeps the module's texts in its own bundle, so that modules do not edit one shared file. */
    @Bean
    static MessageBundle paymentsMessages() {
        return new MessageBundle(MESSAGES);
    }
}
