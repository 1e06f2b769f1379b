package org.passage.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void anAmountIsKeptExactToTheKurus() {
        assertThat(Money.lira("964").amount()).isEqualTo(new BigDecimal("964.00"));
        assertThat(Money.lira("0.1").plus(Money.lira("0.2"))).isEqualTo(Money.lira("0.30"));
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        assertThatThrownBy(() -> Money.lira("964.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two decimals");
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThatThrownBy(() -> Money.lira("-1.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthsMultiplyExactly() {
        assertThat(Money.lira("2232.30").times(11)).isEqualTo(Money.lira("24555.30"));
    }

    @Test
    void currenciesAreNeverMixed() {
        Money euro = new Money(new BigDecimal("1.00"), Currency.getInstance("EUR"));
        assertThatThrownBy(() -> Money.lira("1.00").plus(euro)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.lira("1.00").sameAs(euro)).isFalse();
    }

    @Test
    void theSameAmountWrittenDifferentlyIsTheSame() {
        assertThat(Money.lira("964.0").sameAs(Money.lira(new BigDecimal("964.00")))).isTrue();
    }

    @Test
    void amountsAreWrittenInTheReadersLanguage() {
        assertThat(Money.lira("1234.50").formatted(Locale.of("tr"))).isEqualTo("1.234,50 TRY");
        assertThat(Money.lira("1234.50").formatted(Locale.of("de"))).isEqualTo("1.234,50 TRY");
        assertThat(Money.lira("1234.50").formatted(Locale.ENGLISH)).isEqualTo("1,234.50 TRY");
        assertThat(Money.lira("1234.5").plain()).isEqualTo("1234.50");
    }
}
