package org.amtsplan.platform;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every row of every CSV Amtsplan writes goes through here: a value a spreadsheet would read as a
 * formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with {@code '},
 * so a citizen named {@code =HYPERLINK(...)} stays a name and is never evaluated. Quoting stays the
 * CSV printer's job.
 */
public final class CsvCells {

    private CsvCells() {}

    /**
     * A printer in the dialect of the city's spreadsheets: a byte-order mark first (so that they
     * read umlauts as UTF-8), {@code ;} between cells (the German list separator), CRLF between
     * rows.
     */
    public static CSVPrinter spreadsheet(Writer out) throws IOException {
        out.write('\uFEFF');
        return new CSVPrinter(
                out,
                CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get());
    }

    /** The values of one row as neutralised text; {@code null} becomes an empty cell. */
    public static Object[] row(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] == null ? "" : neutralised(values[i].toString());
        }
        return cells;
    }

    /**
     * The text with a leading {@code '} when a spreadsheet would otherwise treat it as a formula.
     */
    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '='
                        || first == '+'
                        || first == '-'
                        || first == '@'
                        || first == '\t'
                        || first == '\r';
        return formula ? "'" + text : text;
    }
}
