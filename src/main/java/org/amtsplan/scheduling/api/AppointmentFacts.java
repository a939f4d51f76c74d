package org.amtsplan.scheduling.api;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An appointment as its events tell it: everything an observer needs to act on it (write to the
 * citizen, count, draw a calendar file) without asking the kernel again. Times carry the city's
 * offset. The access token is in here because the citizen's mails link to the appointment's page;
 * these facts are for system use and never go out over HTTP.
 */
public record AppointmentFacts(
        String code,
        String accessToken,
        String unit,
        AppointmentStatus status,
        List<BookedService> services,
        String location,
        String locationName,
        String locationAddress,
        OffsetDateTime start,
        OffsetDateTime end,
        Instant createdAt,
        String name,
        String email,
        String phone,
        String language,
        String disruption,
        OffsetDateTime replacementStart,
        int revision) {

    public AppointmentFacts {
        services = List.copyOf(services);
    }

    /** An appointment never moved (revision 0). */
    public AppointmentFacts(
            String code,
            String accessToken,
            String unit,
            AppointmentStatus status,
            List<BookedService> services,
            String location,
            String locationName,
            String locationAddress,
            OffsetDateTime start,
            OffsetDateTime end,
            Instant createdAt,
            String name,
            String email,
            String phone,
            String language,
            String disruption,
            OffsetDateTime replacementStart) {
        this(
                code,
                accessToken,
                unit,
                status,
                services,
                location,
                locationName,
                locationAddress,
                start,
                end,
                createdAt,
                name,
                email,
                phone,
                language,
                disruption,
                replacementStart,
                0);
    }

    /** A booked service, named in the appointment's language, with the documents to bring. */
    public record BookedService(String id, String name, List<String> documents) {
        public BookedService {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /** The proposed replacement's end: as long as the original appointment. */
    public OffsetDateTime replacementEnd() {
        return replacementStart == null
                ? null
                : replacementStart.plus(Duration.between(start, end));
    }
}
