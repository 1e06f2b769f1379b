package org.passage.calendar;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HolidayNamesTests {

    @Test
    void everyLanguageNamesTheSameHolidayKeys() throws IOException {
        Set<Object> turkish = keysOf("tr");
        assertThat(keysOf("en")).isEqualTo(turkish);
        assertThat(keysOf("de")).isEqualTo(turkish);
    }

    @Test
    void everyHolidayKeyOfTwoDecadesHasANameAndNoNameGoesUnused() throws IOException {
        BusinessCalendar calendar = new BusinessCalendar();
        Set<String> used = IntStream.rangeClosed(2020, 2040).boxed()
                .flatMap(year -> calendar.holidays(year).stream())
                .map(PublicHoliday::key)
                .collect(Collectors.toSet());
        assertThat(keysOf("tr")).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void aNameIsShownInTheRequestedLanguageAndInEnglishForOthers() {
        LocalizedName name = new LocalizedName("Zafer Bayramı", "Victory Day", "Tag des Sieges");
        assertThat(name.in(Locale.of("tr", "TR"))).isEqualTo("Zafer Bayramı");
        assertThat(name.in(Locale.GERMAN)).isEqualTo("Tag des Sieges");
        assertThat(name.in(Locale.FRENCH)).isEqualTo("Victory Day");
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedName("Zafer Bayramı", " ", "Tag des Sieges"));
    }

    private static Set<Object> keysOf(String language) throws IOException {
        String path = "/" + HolidayNames.BUNDLE.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = HolidayNamesTests.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.keySet();
        }
    }
}
