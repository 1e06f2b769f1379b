package org.passage.payments;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money with its currency, exact to the kuruş: a {@link BigDecimal} of scale 2, never a
 * floating-point number. An amount with more than two decimals is refused rather than rounded:
 * nothing in the fee law that Passage applies rounds (sums and whole months only).
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Turkish lira, the currency of every fee. */
    public static final Currency TRY = Currency.getInstance("TRY");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount is not negative");
        }
        try {
            amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount has at most two decimals (kuruş)");
        }
        if (amount.precision() > 12) {
            throw new IllegalArgumentException("an amount has at most 10 digits before the decimal point");
        }
    }

    /** An amount in Turkish lira, e.g. {@code lira("964.00")}. */
    public static Money lira(String amount) {
        return new Money(new BigDecimal(amount), TRY);
    }

    public static Money lira(BigDecimal amount) {
        return new Money(amount, TRY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money times(int factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("a factor is not negative");
        }
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /** Whether this is the same amount in the same currency (964.0 and 964.00 are the same). */
    public boolean sameAs(Money other) {
        return other != null && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    /** The amount as written in the API and callbacks: {@code 964.00}. */
    public String plain() {
        return amount.toPlainString();
    }

    /** The amount for a reader: {@code 1.234,50 TRY} in Turkish and German, {@code 1,234.50 TRY} in English. */
    public String formatted(Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return format.format(amount) + " " + currency.getCurrencyCode();
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return plain() + " " + currency.getCurrencyCode();
    }
}
