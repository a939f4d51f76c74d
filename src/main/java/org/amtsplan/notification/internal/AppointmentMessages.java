package org.amtsplan.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.amtsplan.disruption.SignedConfirmations;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.amtsplan.scheduling.api.AppointmentNotices;
import org.amtsplan.scheduling.api.AppointmentNotices.Notice;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns appointment events into messages in the outbox, inside the transaction that fired them: a
 * message exists if and only if its cause was committed. Citizens without an e-mail address get
 * nothing here; they are on the disruption's phone and letter list.
 */
@ApplicationScoped
public class AppointmentMessages {

  /** The kind of the notice of a disruption; progress counts the delivered ones. */
  static final String DISRUPTION_NOTICE = "DISRUPTION_NOTICE";

  @Inject AppointmentNotices notices;
  @Inject Outbox outbox;
  @Inject SignedConfirmations confirmations;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "amtsplan.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  void write(@Observes AppointmentEvent event) {
    notices.notice(event.code()).filter(n -> n.email() != null).ifPresent(notice -> {
      if (event instanceof AppointmentEvent.Booked booked) {
        if (booked.status() == AppointmentStatus.RESERVED) {
          confirmRequest(notice);
        } else {
          confirmation(notice);
        }
      } else if (event instanceof AppointmentEvent.Confirmed) {
        confirmation(notice);
      } else if (event instanceof AppointmentEvent.Rescheduled) {
        rescheduled(notice);
      } else if (event instanceof AppointmentEvent.Restored) {
        restored(notice);
      } else if (event instanceof AppointmentEvent.Cancelled) {
        if (notice.status() == AppointmentStatus.CANCELLED_BY_OFFICE) {
          officeCancellation(notice);
        } else {
          cancellation(notice);
        }
      } else if (event instanceof AppointmentEvent.ReplacementProposed proposed) {
        proposal(notice, proposed.start());
      }
    });
  }

  private void confirmRequest(Notice n) {
    boolean en = "en".equals(n.language());
    String subject = en ? "Please confirm your appointment " + n.code() : "Bitte bestätigen Sie Ihren Termin " + n.code();
    String body = greeting(n) + (en
        ? "we have reserved this appointment for you. It becomes binding once you confirm it:\n\n"
        : "wir haben diesen Termin für Sie reserviert. Er wird verbindlich, sobald Sie ihn bestätigen:\n\n")
        + details(n) + "\n" + (en ? "Confirm: " : "Bestätigen: ") + link(n, "confirm") + "\n"
        + (en ? "Without confirmation the reservation lapses.\n" : "Ohne Bestätigung verfällt die Reservierung.\n") + footer(n);
    outbox.add("CONFIRM_REQUEST", n.code(), n.email(), subject, body, null, null);
  }

  private void confirmation(Notice n) {
    boolean en = "en".equals(n.language());
    String subject = en ? "Your appointment " + n.code() + " is booked" : "Ihr Termin " + n.code() + " ist gebucht";
    String body = greeting(n) + (en ? "your appointment is booked:\n\n" : "Ihr Termin ist gebucht:\n\n") + details(n) + "\n"
        + attachmentsNote(n) + footer(n);
    confirmationWithAttachments("BOOKING_CONFIRMATION", n, subject, body);
  }

  private void rescheduled(Notice n) {
    boolean en = "en".equals(n.language());
    String subject = en ? "Your appointment " + n.code() + " has been moved" : "Ihr Termin " + n.code() + " wurde verlegt";
    String body = greeting(n) + (en ? "your appointment now takes place at this time:\n\n" : "Ihr Termin findet jetzt zu dieser Zeit statt:\n\n")
        + details(n) + "\n" + attachmentsNote(n) + footer(n);
    confirmationWithAttachments("RESCHEDULED", n, subject, body);
  }

  private void restored(Notice n) {
    boolean en = "en".equals(n.language());
    String subject = en ? "Your appointment " + n.code() + " takes place after all" : "Ihr Termin " + n.code() + " findet doch statt";
    String body = greeting(n) + (en
        ? "the disruption is over sooner than expected: your appointment takes place at its original time after all:\n\n"
        : "die Störung ist früher behoben als erwartet: Ihr Termin findet doch zur ursprünglichen Zeit statt:\n\n")
        + details(n) + "\n" + attachmentsNote(n) + footer(n);
    confirmationWithAttachments("RESTORED", n, subject, body);
  }

  /** The day before: when and where, what to bring, and how to cancel if the citizen cannot come. */
  void reminder(Notice n) {
    boolean en = "en".equals(n.language());
    String subject = en ? "Reminder: your appointment " + n.code() + " tomorrow" : "Erinnerung: Ihr Termin " + n.code() + " morgen";
    String body = greeting(n) + (en ? "this is a reminder of your appointment tomorrow:\n\n" : "wir erinnern Sie an Ihren Termin morgen:\n\n")
        + details(n) + "\n" + (en
            ? "If you cannot come, please cancel it so that someone else can take the time: "
            : "Wenn Sie nicht kommen können, sagen Sie ihn bitte ab, damit jemand anderes die Zeit bekommt: ")
        + link(n, "") + "\n\n" + attachmentsNote(n) + footer(n);
    confirmationWithAttachments("REMINDER", n, subject, body);
  }

  /** Calendar file and, when signing is configured, the QR code a clerk can check without the server. */
  private void confirmationWithAttachments(String kind, Notice n, String subject, String body) {
    String qrPayload = confirmations.payload(n.code(), n.unit(), n.location(), n.start().atZone(clock.getZone()).toOffsetDateTime(), n.name()).orElse(null);
    outbox.add(kind, n.code(), n.email(), subject, body, "termin-" + n.code() + ".ics", notices.calendarFile(n.code()), qrPayload);
  }

  private String attachmentsNote(Notice n) {
    boolean en = "en".equals(n.language());
    String calendar = en ? "The attached calendar file adds it to your calendar.\n" : "Mit der angehängten Kalenderdatei tragen Sie ihn in Ihren Kalender ein.\n";
    if (!confirmations.enabled()) {
      return calendar;
    }
    return calendar + (en
        ? "Please bring the attached QR code (on your phone or printed); it lets us check your appointment even when our systems are down.\n"
        : "Bitte bringen Sie den angehängten QR-Code mit (auf dem Handy oder ausgedruckt); damit können wir Ihren Termin auch bei einem Systemausfall prüfen.\n");
  }

  private void cancellation(Notice n) {
    boolean en = "en".equals(n.language());
    String subject = en ? "Appointment " + n.code() + " cancelled" : "Termin " + n.code() + " abgesagt";
    String body = greeting(n) + (en ? "your appointment has been cancelled:\n\n" : "Ihr Termin wurde abgesagt:\n\n") + details(n) + footer(n);
    outbox.add("CANCELLATION", n.code(), n.email(), subject, body, "termin-" + n.code() + ".ics", notices.calendarFile(n.code()));
  }

  private void officeCancellation(Notice n) {
    boolean en = "en".equals(n.language());
    String subject = en ? "We have to cancel your appointment " + n.code() : "Wir müssen Ihren Termin " + n.code() + " absagen";
    String body = greeting(n) + (en
        ? "because of a disruption at our office we have to cancel this appointment. We will offer you a replacement shortly:\n\n"
        : "wegen einer Störung in unserem Haus müssen wir diesen Termin absagen. Wir bieten Ihnen in Kürze einen Ersatztermin an:\n\n")
        + details(n) + footer(n);
    outbox.add(DISRUPTION_NOTICE, n.code(), n.email(), subject, body, null, null);
  }

  private void proposal(Notice n, LocalDateTime start) {
    boolean en = "en".equals(n.language());
    String subject = en ? "Replacement for your appointment " + n.code() : "Ersatztermin für Ihren Termin " + n.code();
    String body = greeting(n) + (en ? "we have kept a replacement appointment for you: " : "wir haben einen Ersatztermin für Sie reserviert: ")
        + format(start, n.language()) + ", " + n.locationName() + "\n\n"
        + (en ? "Accept it (or choose another reserved time): " : "Annehmen (oder eine andere reservierte Zeit wählen): ")
        + link(n, "replacement") + "\n" + footer(n);
    outbox.add("REPLACEMENT_PROPOSAL", n.code(), n.email(), subject, body, "ersatztermin-" + n.code() + ".ics",
        notices.replacementCalendarFile(n.code()));
  }

  private static String greeting(Notice n) {
    boolean en = "en".equals(n.language());
    String name = n.name() == null ? "" : " " + n.name();
    return (en ? "Hello" + name + ",\n\n" : "Guten Tag" + name + ",\n\n");
  }

  private static String details(Notice n) {
    boolean en = "en".equals(n.language());
    return (en ? "Booking code: " : "Buchungscode: ") + n.code() + "\n"
        + (en ? "When: " : "Wann: ") + format(n.start(), n.language()) + "\n"
        + (en ? "Where: " : "Wo: ") + n.locationName() + ", " + n.locationAddress() + "\n"
        + (en ? "For: " : "Anliegen: ") + String.join(", ", n.services()) + "\n";
  }

  private String footer(Notice n) {
    boolean en = "en".equals(n.language());
    return "\n" + (en ? "Your appointment: " : "Ihr Termin: ") + link(n, "") + "\n\n"
        + (en ? "Citizen services of the city" : "Ihr Bürgerservice");
  }

  /**
   * The citizen's page for the appointment. Code and token travel in the fragment, which browsers
   * never send to a server, so they stay out of access logs; the page acts only on a click.
   */
  private String link(Notice n, String action) {
    return publicUrl + "/termin.html" + ("en".equals(n.language()) ? "?lang=en" : "") + "#code=" + n.code() + "&token=" + n.token()
        + (action.isEmpty() ? "" : "&action=" + action);
  }

  private static String format(LocalDateTime time, String language) {
    return "en".equals(language)
        ? time.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", Locale.ENGLISH))
        : time.format(DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm 'Uhr'", Locale.GERMAN));
  }
}
