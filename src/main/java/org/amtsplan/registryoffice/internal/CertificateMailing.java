package org.amtsplan.registryoffice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.OptimisticFlush;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;

/**
 * Certificate mailing: a citizen asks for a certificate by post, the civil registry's back office
 * works the requests oldest first, and the citizen follows the status with the request's token.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class CertificateMailing {

    static final ZoneId CITY = org.amtsplan.platform.CityClock.zone();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Address(String street, String postcode, String city) {}

    public record NewRequest(
            String kind,
            String subjectName,
            LocalDate eventDate,
            Integer copies,
            String requesterName,
            String email,
            Address address) {}

    public record RequestView(
            long id,
            String token,
            String kind,
            String subjectName,
            LocalDate eventDate,
            int copies,
            String requesterName,
            String city,
            String status,
            String reason,
            OffsetDateTime requestedAt) {}

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject CurrentStaff currentStaff;
    @Inject Clock clock;

    public RequestView request(NewRequest body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            throw ProblemException.invalid("body", "platform.validation.required");
        }
        CertificateRequest.Kind kind = null;
        try {
            kind =
                    CertificateRequest.Kind.valueOf(
                            body.kind() == null ? "" : body.kind().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "registryoffice.validation.kind"));
        }
        text(errors, "subjectName", body.subjectName(), 200);
        // read as a date by JSON-B (format and years checked there)
        LocalDate eventDate = body.eventDate();
        if (eventDate == null) {
            errors.add(new FieldError("eventDate", "platform.validation.required"));
        } else if (eventDate.isAfter(LocalDate.now(clock.withZone(CITY)))) {
            errors.add(new FieldError("eventDate", "registryoffice.validation.eventInFuture"));
        }
        int copies = body.copies() == null ? 1 : body.copies();
        if (copies < 1 || copies > 10) {
            errors.add(new FieldError("copies", "registryoffice.validation.copies"));
        }
        text(errors, "requesterName", body.requesterName(), 200);
        String email = body.email() == null || body.email().isBlank() ? null : body.email().strip();
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", "platform.validation.email"));
        }
        Address address = body.address();
        if (address == null) {
            errors.add(new FieldError("address", "platform.validation.required"));
        } else {
            text(errors, "address.street", address.street(), 200);
            text(errors, "address.city", address.city(), 100);
            if (address.postcode() == null
                    || !POSTCODE.matcher(address.postcode().strip()).matches()) {
                errors.add(
                        new FieldError("address.postcode", "registryoffice.validation.postcode"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        CertificateRequest request =
                new CertificateRequest(
                        Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                        kind,
                        body.subjectName().strip(),
                        eventDate,
                        copies,
                        body.requesterName().strip(),
                        email,
                        address.street().strip(),
                        address.postcode().strip(),
                        address.city().strip(),
                        clock.instant());
        em.persist(request);
        em.flush();
        return view(request, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestView status(long id, String token) {
        CertificateRequest request = em.find(CertificateRequest.class, id);
        if (request == null || !request.tokenMatches(token)) {
            throw ProblemException.notFound("registryoffice.request.notFound");
        }
        return view(request, true);
    }

    /** The back office's work: open requests, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestView> backOffice() {
        return em.createQuery(
                        "select r from CertificateRequest r where r.status in :open order by r.createdAt, r.id",
                        CertificateRequest.class)
                .setParameter(
                        "open",
                        List.of(
                                CertificateRequest.Status.REQUESTED,
                                CertificateRequest.Status.IN_PROGRESS))
                .setMaxResults(500)
                .getResultStream()
                .map(r -> view(r, false))
                .toList();
    }

    public RequestView act(long id, String action, String reason) {
        StaffMember staff = currentStaff.get().orElseThrow();
        CertificateRequest request = em.find(CertificateRequest.class, id);
        if (request == null) {
            throw ProblemException.notFound("registryoffice.request.notFound");
        }
        switch (action) {
            case "start" -> request.start(staff.username(), clock.instant());
            case "sent" -> request.sent(staff.username(), clock.instant());
            case "refuse" -> {
                if (reason == null || reason.isBlank() || reason.length() > 300) {
                    throw ProblemException.invalid(
                            "reason", "registryoffice.validation.reasonRequired");
                }
                request.refuse(reason.strip(), staff.username(), clock.instant());
            }
            default -> throw ProblemException.notFound("registryoffice.unknownAction", action);
        }
        OptimisticFlush.flush(em);
        return view(request, false);
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "platform.validation.required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "platform.validation.maxLength", max));
        }
    }

    private static RequestView view(CertificateRequest r, boolean withToken) {
        return new RequestView(
                r.id(),
                withToken ? r.token() : null,
                r.kind().name(),
                r.subjectName(),
                r.eventDate(),
                r.copies(),
                r.requesterName(),
                r.city(),
                r.status().name(),
                r.reason(),
                r.createdAt().atZone(CITY).toOffsetDateTime());
    }
}
