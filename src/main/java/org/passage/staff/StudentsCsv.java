package org.passage.staff;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, quotes doubled), safe to open in a spreadsheet: a cell
 * that starts like a formula ({@code = + - @}, tab or carriage return) gets a leading apostrophe,
 * so it is shown as text and never evaluated (OWASP, CSV injection).
 */
public final class StudentsCsv {

    private StudentsCsv() {
    }

    /** The header and the rows, each line ending in CRLF. */
    static String write(List<String> header, List<List<String>> rows) {
        return write(header, rows, ',');
    }

    /**
     * The same with another separator: Turkish spreadsheets, whose decimal mark is the comma, open
     * semicolon-separated files directly.
     */
    public static String write(List<String> header, List<List<String>> rows, char separator) {
        StringBuilder csv = new StringBuilder();
        line(csv, header, separator);
        rows.forEach(row -> line(csv, row, separator));
        return csv.toString();
    }

    static String cell(String value) {
        return cell(value, ',');
    }

    static String cell(String value, char separator) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.startsWith(" ") || text.endsWith(" ");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static void line(StringBuilder csv, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(cell(cells.get(i), separator));
        }
        csv.append("\r\n");
    }
}
