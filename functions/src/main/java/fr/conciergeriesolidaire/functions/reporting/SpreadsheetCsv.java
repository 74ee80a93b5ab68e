package fr.conciergeriesolidaire.functions.reporting;

import java.util.List;

/**
 * A CSV file that French spreadsheet software (LibreOffice Calc, Excel) opens as it is: UTF-8 with a byte order mark
 * (so accents are read right), {@code ;} between cells (the comma is the decimal mark), CRLF between rows, a cell
 * quoted when it holds a separator, a quote, a line break or spaces at its ends ({@code "} doubled inside). A cell that
 * would start a formula ({@code = + - @}, tab, carriage return) gets a leading {@code '}, which the software shows and
 * never evaluates: a company's name typed as {@code =HYPERLINK(...)} stays text (CSV injection).
 */
final class SpreadsheetCsv {
    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final String SEPARATOR = ";";
    static final String ROW_END = "\r\n";

    private final StringBuilder text = new StringBuilder().append(BYTE_ORDER_MARK);

    SpreadsheetCsv row(List<String> cells) {
        for (int index = 0; index < cells.size(); index++) {
            if (index > 0) {
                text.append(SEPARATOR);
            }
            text.append(cell(cells.get(index)));
        }
        text.append(ROW_END);
        return this;
    }

    String text() {
        return text.toString();
    }

    static String cell(String value) {
        String safe = startsAFormula(value) ? "'" + value : value;
        boolean quoted = safe.contains(SEPARATOR)
                || safe.contains("\"")
                || safe.contains("\n")
                || safe.contains("\r")
                || !safe.equals(safe.strip());
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static boolean startsAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
