package org.passage.staff;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, quotes doubled), safe to open in a spreadsheet: a cell
 * that starts like a formula ({@code = + - @}, tab or carriage return) gets a leading apostrophe,
 * so it is shown as text and never evaluated (OWASP, CSV injection).
 */
final class StudentsCsv {

    private StudentsCsv() {
    }

    /** The header and the rows, each line ending in CRLF. */
    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.startsWith(" ") || text.endsWith(" ");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }
}
