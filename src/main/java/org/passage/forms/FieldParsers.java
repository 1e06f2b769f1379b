package org.passage.forms;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passage.rules.Countries;

/**
 * The one parser of each {@link FieldKind}: every page reads a kind of answer the same way, in the
 * conventions of the page's language. Each parser answers null when the text is not such an answer.
 */
public final class FieldParsers {

    /** The stored answer of a yes/no question. */
    public static final String YES = "YES";
    public static final String NO = "NO";

    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
    private static final int MONEY_DECIMALS = 2;
    private static final int NUMBER_DECIMALS = 6;

    private FieldParsers() {
    }

    /** {@code YES} or {@code NO}, in any case; null otherwise. */
    public static @Nullable Boolean yesNo(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String answer = text.strip();
        return YES.equalsIgnoreCase(answer) ? Boolean.TRUE : NO.equalsIgnoreCase(answer) ? Boolean.FALSE : null;
    }

    /** The date of the day, month and year inputs; the year has four digits. */
    public static @Nullable LocalDate date(@Nullable String day, @Nullable String month, @Nullable String year) {
        if (day == null || month == null || year == null) {
            return null;
        }
        String d = day.strip();
        String m = month.strip();
        String y = year.strip();
        if (!ONE_OR_TWO_DIGITS.matcher(d).matches() || !ONE_OR_TWO_DIGITS.matcher(m).matches()
                || !FOUR_DIGITS.matcher(y).matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date of a browser's date input, which always sends {@code yyyy-mm-dd} whatever the language. */
    public static @Nullable LocalDate isoDate(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.getYear() >= 1000 && date.getYear() <= 9999 ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * An amount of money with at most two decimals, as the page's language writes it: {@code 45.000}
     * and {@code 45.000,50} in Turkish and German, {@code 45,000.50} in English.
     */
    public static @Nullable BigDecimal money(@Nullable String text, Locale locale) {
        return decimal(text, locale, MONEY_DECIMALS);
    }

    /** A number with decimals (a score), as the page's language writes it. */
    public static @Nullable BigDecimal decimal(@Nullable String text, Locale locale) {
        return decimal(text, locale, NUMBER_DECIMALS);
    }

    /** A whole number, as the page's language writes it ({@code 1.000} in Turkish, {@code 1,000} in English). */
    public static @Nullable Integer number(@Nullable String text, Locale locale) {
        BigDecimal value = decimal(text, locale, 0);
        return value == null || value.precision() > 9 ? null : value.intValueExact();
    }

    /** The code of a country of the localized list (ISO 3166-1 alpha-2, XK, CY-TRNC), in any case. */
    public static @Nullable String country(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return Countries.isKnown(code) ? code : null;
    }

    /** One of {@code codes}, exactly. */
    public static @Nullable String choice(@Nullable String text, Collection<String> codes) {
        return text != null && codes.contains(text.strip()) ? text.strip() : null;
    }

    /** Free text, stripped; null when blank. */
    public static @Nullable String text(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A date as the page's language writes it in prose: "1 October 2026", "1 Ekim 2026". */
    public static @Nullable String formatDate(@Nullable LocalDate date, Locale locale) {
        return date == null ? null : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** A number as the page's language writes it: "45.000,5" in Turkish, "45,000.5" in English. */
    public static @Nullable String formatNumber(@Nullable BigDecimal value, Locale locale) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(NUMBER_DECIMALS);
        return format.format(value);
    }

    /**
     * Reads digits with the language's grouping and decimal separators. A lone separator of the
     * other convention followed by other than three digits ({@code 12.5} on a Turkish page) can only
     * be a decimal separator, so it is read as one.
     */
    private static @Nullable BigDecimal decimal(@Nullable String text, Locale locale, int maxDecimals) {
        if (text == null) {
            return null;
        }
        String plain = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (plain.isEmpty()) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        if (grouping != '.' && grouping != ',') {
            grouping = decimal == ',' ? '.' : ',';
        }
        String whole = plain;
        String fraction = "";
        int at = plain.indexOf(decimal);
        if (at >= 0) {
            if (plain.lastIndexOf(decimal) != at) {
                return null;
            }
            whole = plain.substring(0, at);
            fraction = plain.substring(at + 1);
            if (fraction.isEmpty()) {
                return null;
            }
        } else if (plain.indexOf(grouping) >= 0 && plain.indexOf(grouping) == plain.lastIndexOf(grouping)
                && plain.length() - plain.indexOf(grouping) - 1 != 3) {
            at = plain.indexOf(grouping);
            whole = plain.substring(0, at);
            fraction = plain.substring(at + 1);
        }
        String quotedGrouping = Pattern.quote(String.valueOf(grouping));
        if (whole.indexOf(grouping) >= 0) {
            if (!whole.matches("\\d{1,3}(" + quotedGrouping + "\\d{3})+")) {
                return null;
            }
            whole = whole.replace(String.valueOf(grouping), "");
        }
        if (!DIGITS.matcher(whole).matches() || fraction.length() > maxDecimals
                || !fraction.isEmpty() && !fraction.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
    }
}
