package org.amtsplan.notification.internal;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.amtsplan.notification.ConfirmationSignatures;
import org.amtsplan.platform.QrCodeImages;
import org.amtsplan.scheduling.api.AppointmentCalendarFile;
import org.amtsplan.scheduling.api.AppointmentFacts;

/**
 * Turns a stored intent into the mail the citizen gets, when the dispatcher sends it: the texts of
 * the {@code Mails} bundle in the appointment's language, the calendar file, and — for
 * confirmations, when a signing key is configured — the signed confirmation as a QR code. Nothing
 * here reads the database; the same intent renders the same mail.
 */
final class MailRenderer {

    static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    private static final String BUNDLE = "org.amtsplan.notification.internal.Mails";

    private final String publicUrl;
    private final ConfirmationSignatures signatures;

    MailRenderer(String publicUrl, ConfirmationSignatures signatures) {
        this.publicUrl = publicUrl;
        this.signatures = signatures;
    }

    RenderedMail render(MessageIntent intent) {
        AppointmentFacts a = intent.appointment();
        Texts texts = new Texts(a.language());
        String kind = intent.kind().name();
        List<RenderedMail.Attachment> attachments = new ArrayList<>();
        Optional<String> signed = Optional.empty();
        switch (intent.kind().attachments) {
            case NONE -> {}
            case CALENDAR -> attachments.add(calendar("termin-", a, AppointmentCalendarFile.of(a)));
            case PROPOSED_CALENDAR ->
                    attachments.add(
                            calendar("ersatztermin-", a, AppointmentCalendarFile.ofProposal(a)));
            case CALENDAR_AND_QR_CODE -> {
                attachments.add(calendar("termin-", a, AppointmentCalendarFile.of(a)));
                signed = signatures.sign(a.code(), a.unit(), a.location(), a.start(), a.name());
                signed.ifPresent(
                        payload ->
                                attachments.add(
                                        new RenderedMail.Attachment(
                                                "bestaetigung-" + a.code() + ".png",
                                                "image/png",
                                                QrCodeImages.png(payload))));
            }
        }
        StringBuilder body =
                new StringBuilder(texts.get("greeting", a.name() == null ? "" : " " + a.name()))
                        .append("\n\n");
        switch (intent.kind()) {
            case CONFIRM_REQUEST ->
                    body.append(texts.get(kind + ".intro"))
                            .append("\n\n")
                            .append(details(a, texts))
                            .append("\n")
                            .append(texts.get(kind + ".link", link(a, "confirm")))
                            .append("\n")
                            .append(texts.get(kind + ".closing"))
                            .append("\n");
            case REMINDER ->
                    body.append(texts.get(kind + ".intro"))
                            .append("\n\n")
                            .append(details(a, texts))
                            .append("\n")
                            .append(texts.get(kind + ".cancelLink", link(a, "")))
                            .append("\n\n")
                            .append(attachmentsNote(texts, signed.isPresent()));
            case BOOKING_CONFIRMATION, RESCHEDULED, RESTORED ->
                    body.append(texts.get(kind + ".intro"))
                            .append("\n\n")
                            .append(details(a, texts))
                            .append("\n")
                            .append(attachmentsNote(texts, signed.isPresent()));
            case CANCELLATION, DISRUPTION_NOTICE ->
                    body.append(texts.get(kind + ".intro"))
                            .append("\n\n")
                            .append(details(a, texts));
            case REPLACEMENT_PROPOSAL, UNSERVED_PROPOSAL ->
                    body.append(
                                    texts.get(
                                            kind + ".intro",
                                            texts.time(a.replacementStart()),
                                            a.locationName(),
                                            texts.time(a.start())))
                            .append("\n\n")
                            .append(texts.get(kind + ".link", link(a, "replacement")))
                            .append("\n");
        }
        body.append("\n")
                .append(
                        texts.get(
                                texts.has(kind + ".footer") ? kind + ".footer" : "footer.link",
                                link(a, "")))
                .append("\n\n")
                .append(texts.get("footer.signature"));
        return new RenderedMail(
                texts.get(kind + ".subject", a.code(), texts.day(a.start())),
                body.toString(),
                attachments);
    }

    private static String details(AppointmentFacts a, Texts texts) {
        return texts.get("details.code", a.code())
                + "\n"
                + texts.get("details.when", texts.time(a.start()))
                + "\n"
                + texts.get("details.where", a.locationName(), a.locationAddress())
                + "\n"
                + texts.get(
                        "details.services",
                        a.services().stream()
                                .map(AppointmentFacts.BookedService::name)
                                .collect(Collectors.joining(", ")))
                + "\n";
    }

    private static String attachmentsNote(Texts texts, boolean withQrCode) {
        return texts.get("attachments.calendar")
                + "\n"
                + (withQrCode ? texts.get("attachments.qrCode") + "\n" : "");
    }

    private static RenderedMail.Attachment calendar(
            String prefix, AppointmentFacts a, String file) {
        return new RenderedMail.Attachment(
                prefix + a.code() + ".ics", CALENDAR_TYPE, file.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The citizen's page for the appointment. Code and token travel in the fragment, which browsers
     * never send to a server, so they stay out of access logs; the page acts only on a click.
     */
    private String link(AppointmentFacts a, String action) {
        return publicUrl
                + "/termin.html"
                + ("en".equals(a.language()) ? "?lang=en" : "")
                + "#code="
                + a.code()
                + "&token="
                + a.accessToken()
                + (action.isEmpty() ? "" : "&action=" + action);
    }

    /** The bundle of one language: German unless the appointment was booked in English. */
    private static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;

        Texts(String language) {
            locale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
            bundle =
                    ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            MailRenderer.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(
                                    ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key, Object... arguments) {
            String pattern = bundle.getString(key);
            return arguments.length == 0
                    ? pattern
                    : new MessageFormat(pattern, locale).format(arguments);
        }

        boolean has(String key) {
            return bundle.containsKey(key);
        }

        String day(OffsetDateTime time) {
            return time == null
                    ? ""
                    : time.format(
                            DateTimeFormatter.ofPattern(bundle.getString("day.pattern"), locale));
        }

        String time(OffsetDateTime time) {
            return time.format(
                    DateTimeFormatter.ofPattern(bundle.getString("time.pattern"), locale));
        }
    }
}
