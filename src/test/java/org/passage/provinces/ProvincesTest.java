package org.passage.provinces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProvincesTest {

    private final Provinces provinces = new Provinces();

    @Test
    void everyPlateCodeFrom01To81NamesAProvince() {
        assertThat(provinces.all(Locale.ENGLISH)).hasSize(81);
        assertThat(provinces.find("06")).get().extracting(p -> p.name(Locale.ENGLISH)).isEqualTo("Ankara");
        assertThat(provinces.find("81")).get().extracting(p -> p.name(Locale.forLanguageTag("tr"))).isEqualTo("Düzce");
    }

    @Test
    void istanbulIsWrittenWithTheTurkishDottedCapitalOnlyInTurkish() {
        Province istanbul = provinces.get(ProvinceCode.ISTANBUL);
        assertThat(istanbul.name(Locale.forLanguageTag("tr"))).isEqualTo("İstanbul");
        assertThat(istanbul.name(Locale.GERMAN)).isEqualTo("Istanbul");
    }

    @Test
    void turkishListIsInTurkishAlphabeticalOrder() {
        var names = provinces.all(Locale.forLanguageTag("tr")).stream()
                .map(p -> p.name(Locale.forLanguageTag("tr"))).toList();
        assertThat(names.getFirst()).isEqualTo("Adana");
        // Ç sorts after C and before D in Turkish
        assertThat(names.indexOf("Çanakkale")).isGreaterThan(names.indexOf("Bursa")).isLessThan(names.indexOf("Denizli"));
    }

    @Test
    void codesOutsideOneToEightyOneAreNoProvince() {
        assertThat(provinces.find("00")).isEmpty();
        assertThat(provinces.find("82")).isEmpty();
        assertThat(provinces.find("6")).isEmpty();
        assertThat(provinces.find(null)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new ProvinceCode("<script>"));
    }
}
