package org.amtsplan.disruption.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amtsplan.platform.Messages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AppointmentLists;
import org.amtsplan.scheduling.api.PaperCase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * After an outage, what was handled on paper is entered from a CSV file: each good row becomes a
 * case (in its own transaction), each bad row is reported by its line and stores nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PaperReconciliation {

    /** A row that could not be taken, by its line in the file (the header is line 1). */
    public record LineError(long line, String message) {}

    public record Result(int imported, List<LineError> errors) {}

    static final List<String> REQUIRED = List.of("time", "outcome", "clerk");

    @Inject AppointmentLists lists;

    /**
     * Line errors are answered in {@code language}, the caller's (the file as a whole is refused by
     * the mappers).
     */
    public Result importCsv(String unitId, String locationId, String csv, String language) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalid("body", "disruption.csv.empty");
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setTrim(true)
                        .setIgnoreEmptyLines(true)
                        .get();
        int imported = 0;
        List<LineError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> names =
                    header.keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!names.containsAll(REQUIRED)
                    || !(names.contains("code") || names.contains("service"))) {
                throw ProblemException.invalid("body", "disruption.csv.header");
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1; // the header is line 1
                try {
                    lists.recordPaperCase(
                            new PaperCase(
                                    unitId,
                                    locationId,
                                    value(record, "code"),
                                    value(record, "service"),
                                    value(record, "clerk"),
                                    time(value(record, "time")),
                                    value(record, "outcome"),
                                    value(record, "notes")));
                    imported++;
                } catch (ProblemException rejected) {
                    if (rejected.status() == 403) {
                        throw rejected;
                    }
                    String detail =
                            rejected.errors().isEmpty()
                                    ? Messages.text(rejected.detail(), language)
                                    : rejected.errors().get(0).field()
                                            + ": "
                                            + Messages.text(
                                                    rejected.errors().get(0).message(), language);
                    errors.add(new LineError(line, detail));
                }
            }
        } catch (IOException
                | UncheckedIOException
                | IllegalStateException
                | IllegalArgumentException e) {
            throw ProblemException.invalid("body", "disruption.csv.unreadable");
        }
        return new Result(imported, errors);
    }

    private static LocalDateTime time(String value) {
        if (value == null) {
            return null;
        }
        LocalDateTime time =
                org.amtsplan.platform.CityDates.dateTimeOrNull(value.replace(' ', 'T'));
        if (time == null) {
            throw ProblemException.invalid("time", "disruption.csv.time", value);
        }
        return time;
    }

    private static String value(CSVRecord record, String column) {
        for (String name : record.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column)) {
                String v = record.isSet(name) ? record.get(name) : null;
                if (v != null
                        && !org.amtsplan.platform.Texts.isFreeOfControls(
                                v, column.equals("notes"))) {
                    throw ProblemException.invalid(
                            column, org.amtsplan.platform.Texts.CONTROL_MESSAGE);
                }
                return v == null || v.isBlank() ? null : v;
            }
        }
        return null;
    }
}
