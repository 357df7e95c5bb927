package id.serambi.shared;

import java.util.List;

/**
 * Writes CSV lines, for any module's export, that a spreadsheet opens as text: every cell quoted, and a cell starting
 * with =, +, -, @, tab or carriage return (a formula to Excel or LibreOffice) prefixed with an apostrophe.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
