package org.amtsplan.disruption.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.CsvCells;
import org.amtsplan.scheduling.api.DayListEntry;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The day list as staff print it (PDF, A4 landscape, with header and page numbers) and as a
 * spreadsheet opens it (CSV, UTF-8 with byte-order mark, semicolons), written with PDFBox and
 * Commons CSV.
 */
final class DayListDocuments {

    /** What the header of a list names. */
    public record Heading(String unitName, String locationName, LocalDate day) {}

    static final String[] COLUMNS = {
        "Uhrzeit", "Code", "Name", "Dienstleistung", "Status", "Telefon", "E-Mail"
    };
    private static final float[] PDF_WIDTHS = {45, 62, 170, 210, 95, 100, 0};
    private static final int ROWS_PER_PAGE = 28;
    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", java.util.Locale.GERMAN);

    private DayListDocuments() {}

    static byte[] csv(List<DayListEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = CsvCells.spreadsheet(writer)) {
            printer.printRecord((Object[]) COLUMNS);
            for (DayListEntry e : entries) {
                printer.printRecord(
                        CsvCells.row(
                                e.time().toString(),
                                e.code(),
                                e.name(),
                                String.join(", ", e.services()),
                                e.status().name(),
                                e.phone(),
                                e.email()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] pdf(Heading heading, List<DayListEntry> entries) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        List<List<DayListEntry>> pages = new ArrayList<>();
        for (int i = 0; i < Math.max(1, entries.size()); i += ROWS_PER_PAGE) {
            pages.add(
                    entries.subList(
                            Math.min(i, entries.size()),
                            Math.min(i + ROWS_PER_PAGE, entries.size())));
        }
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle landscape =
                    new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(landscape);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    float top = landscape.getHeight() - 40;
                    write(
                            text,
                            bold,
                            14,
                            40,
                            top,
                            heading.unitName() + " – " + heading.locationName());
                    write(
                            text,
                            regular,
                            11,
                            40,
                            top - 18,
                            "Terminliste "
                                    + heading.day().format(GERMAN_DATE)
                                    + "   ("
                                    + entries.size()
                                    + " Termine)");
                    write(
                            text,
                            regular,
                            9,
                            landscape.getWidth() - 120,
                            top,
                            "Seite " + (p + 1) + " von " + pages.size());
                    float y = top - 48;
                    row(text, bold, 9, y, COLUMNS);
                    y -= 16;
                    for (DayListEntry e : pages.get(p)) {
                        row(
                                text,
                                regular,
                                9,
                                y,
                                e.time().toString(),
                                e.code(),
                                nullToEmpty(e.name()),
                                String.join(", ", e.services()),
                                e.status().name(),
                                nullToEmpty(e.phone()),
                                nullToEmpty(e.email()));
                        y -= 16;
                    }
                    if (entries.isEmpty()) {
                        write(text, regular, 10, 40, y, "Keine Termine an diesem Tag.");
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(
            PDPageContentStream text, PDType1Font font, float size, float y, String... cells)
            throws IOException {
        float x = 40;
        for (int i = 0; i < cells.length; i++) {
            float width = PDF_WIDTHS[i] == 0 ? 140 : PDF_WIDTHS[i];
            write(text, font, size, x, y, fit(font, size, printable(font, cells[i]), width - 6));
            x += width;
        }
    }

    private static void write(
            PDPageContentStream text, PDType1Font font, float size, float x, float y, String value)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(printable(font, value));
        text.endText();
    }

    /**
     * The standard PDF fonts know only Western European letters: others lose their accents (ş → s)
     * or become '?'. The CSV keeps every name exactly.
     */
    static String printable(PDType1Font font, String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            i += Character.charCount(codePoint);
            if (encodable(font, ch)) {
                out.append(ch);
                continue;
            }
            String plain = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            out.append(!plain.isEmpty() && encodable(font, plain) ? plain : "?");
        }
        return out.toString();
    }

    private static boolean encodable(PDType1Font font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String fit(PDType1Font font, float size, String value, float width)
            throws IOException {
        String shown = value;
        while (!shown.isEmpty() && font.getStringWidth(shown) / 1000 * size > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.length() < value.length() && shown.length() > 1
                ? shown.substring(0, shown.length() - 1) + "."
                : shown;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
