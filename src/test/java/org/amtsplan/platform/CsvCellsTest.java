package org.amtsplan.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetALeadingQuote() {
        assertArrayEquals(
                new Object[] {
                    "'=HYPERLINK(\"x\")",
                    "'+49 30 1",
                    "'-1",
                    "'@SUM(A1)",
                    "'\tTab",
                    "'\rCR",
                    "Anna Müller",
                    "",
                    "09:00"
                },
                CsvCells.row(
                        "=HYPERLINK(\"x\")",
                        "+49 30 1",
                        "-1",
                        "@SUM(A1)",
                        "\tTab",
                        "\rCR",
                        "Anna Müller",
                        null,
                        java.time.LocalTime.of(9, 0)));
    }
}
