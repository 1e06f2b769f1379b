package org.passage.provinces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.passage.calendar.LocalizedName;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The 81 provinces, read once from {@code provinces/provinces.yaml}; the file must list every code
 * from 01 to 81 exactly once.
 */
@Component
public class Provinces {

    static final String LOCATION = "provinces/provinces.yaml";

    private final Map<ProvinceCode, Province> byCode;

    Provinces() {
        this(read(LOCATION));
    }

    Provinces(List<Province> provinces) {
        Map<ProvinceCode, Province> map = new LinkedHashMap<>();
        for (Province province : provinces) {
            if (map.put(province.code(), province) != null) {
                throw new IllegalStateException(LOCATION + ": province " + province.code() + " is listed twice");
            }
        }
        if (map.size() != 81) {
            throw new IllegalStateException(LOCATION + ": 81 provinces expected, found " + map.size());
        }
        this.byCode = Map.copyOf(map);
    }

    /** Every province, sorted by its name in the language of {@code locale}. */
    public List<Province> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return byCode.values().stream()
                .sorted(Comparator.comparing((Province p) -> p.name(locale), collator))
                .toList();
    }

    /** The province with this plate code, if the text is one. */
    public Optional<Province> find(String code) {
        return ProvinceCode.isValid(code) ? Optional.of(get(new ProvinceCode(code))) : Optional.empty();
    }

    /** The province of a valid code (every valid code has one). */
    public Province get(ProvinceCode code) {
        return byCode.get(code);
    }

    private record Entry(String code, String tr, String en, String de) {
    }

    private record File(List<Entry> provinces) {
    }

    private static List<Province> read(String location) {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            File file = YAMLMapper.builder().build().readValue(in, File.class);
            return file.provinces().stream()
                    .map(e -> new Province(new ProvinceCode(e.code()), new LocalizedName(e.tr(), e.en(), e.de())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(location, e);
        }
    }
}
