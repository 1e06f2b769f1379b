package org.passage.admissions.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.passage.staff.StudentsCsv;

/**
 * The two CSV dialects of the desk's exports, both written by the one CSV writer
 * ({@link StudentsCsv}): {@link #COMMA} as RFC 4180 (comma, decimal point, plain UTF-8) and
 * {@link #SEMICOLON}, which Turkish spreadsheets open directly (semicolon, decimal comma, UTF-8 with a
 * byte order mark so that Turkish letters are read as UTF-8).
 */
public enum CsvDialect {

    COMMA(',', '.', false),
    SEMICOLON(';', ',', true);

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final char separator;
    private final char decimalMark;
    private final boolean byteOrderMark;

    CsvDialect(char separator, char decimalMark, boolean byteOrderMark) {
        this.separator = separator;
        this.decimalMark = decimalMark;
        this.byteOrderMark = byteOrderMark;
    }

    /** The dialect a request names ({@code comma}); the Turkish spreadsheet one otherwise. */
    public static CsvDialect of(String name) {
        return "comma".equalsIgnoreCase(name == null ? "" : name.strip()) ? COMMA : SEMICOLON;
    }

    /** The name a link gives this dialect. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An amount with two decimals and this dialect's decimal mark, without grouping; empty for none. */
    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', decimalMark);
    }

    /** The file: the header and the rows, CRLF line ends, with the byte order mark where the dialect has one. */
    public byte[] write(List<String> header, List<List<String>> rows) {
        byte[] text = StudentsCsv.write(header, rows, separator).getBytes(StandardCharsets.UTF_8);
        if (!byteOrderMark) {
            return text;
        }
        byte[] body = new byte[UTF8_BOM.length + text.length];
        System.arraycopy(UTF8_BOM, 0, body, 0, UTF8_BOM.length);
        System.arraycopy(text, 0, body, UTF8_BOM.length, text.length);
        return body;
    }
}
