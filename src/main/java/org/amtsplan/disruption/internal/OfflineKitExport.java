package org.amtsplan.disruption.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.amtsplan.scheduling.api.AppointmentLists;
import org.amtsplan.scheduling.api.DayListEntry;
import org.amtsplan.scheduling.api.Location;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.UnitAtLocation;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.Units;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the day lists of today and the next working day to a folder outside the application, so
 * staff have them when the servers are down: every morning at the configured hour (checked every
 * ten minutes on every instance; writing the same files twice is harmless), and on demand. Each
 * file is written to a temporary name and renamed, so a reader never sees half a list; files older
 * than the configured number of days are removed.
 */
@Singleton
public class OfflineKitExport {

    private static final Logger LOG = Logger.getLogger(OfflineKitExport.class.getName());
    @Inject AppointmentLists lists;
    @Inject Units units;
    @Inject Locations locations;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "amtsplan.offline.folder")
    String folder;

    @Inject
    @ConfigProperty(name = "amtsplan.offline.exportHour", defaultValue = "6")
    int exportHour;

    @Inject
    @ConfigProperty(name = "amtsplan.offline.keepDays", defaultValue = "14")
    int keepDays;

    private volatile LocalDate lastScheduledExport;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMorning() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.getHour() >= exportHour && !now.toLocalDate().equals(lastScheduledExport)) {
            try {
                exportNow();
                lastScheduledExport = now.toLocalDate();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Offline kit export failed; retrying in ten minutes", e);
            }
        }
    }

    /** Exports today's and the next working day's lists now; returns the files written. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Path> exportNow() {
        LocalDate today = LocalDate.now(clock);
        LocalDate next = today.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY
                || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        Path target = Path.of(folder).toAbsolutePath();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(target);
            for (LocalDate day : List.of(today, next)) {
                for (UnitAtLocation place : lists.withAppointmentsOn(day)) {
                    List<DayListEntry> entries =
                            lists.dayListForExport(place.unit(), place.location(), day);
                    String name = day + "_" + place.unit() + "_" + place.location();
                    written.add(
                            writeAtomically(
                                    target.resolve(name + ".csv"), DayListDocuments.csv(entries)));
                    written.add(
                            writeAtomically(
                                    target.resolve(name + ".pdf"),
                                    DayListDocuments.pdf(heading(place, day), entries)));
                }
            }
            removeOlderThan(target, clock.instant().minusSeconds(86_400L * keepDays));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the offline kit to " + target, e);
        }
        LOG.info(() -> "Offline kit: " + written.size() + " file(s) written to " + target);
        return written;
    }

    public DayListDocuments.Heading heading(UnitAtLocation place, LocalDate day) {
        String unit = units.find(place.unit()).map(UnitDescription::nameDe).orElse(place.unit());
        String location =
                locations.find(place.location()).map(Location::name).orElse(place.location());
        return new DayListDocuments.Heading(unit, location, day);
    }

    static Path writeAtomically(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            Files.write(temporary, content);
            try {
                Files.move(
                        temporary,
                        file,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    private static void removeOlderThan(Path target, Instant cutoff) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean ours = name.endsWith(".pdf") || name.endsWith(".csv");
                if (ours && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
