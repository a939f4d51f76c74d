package org.amtsplan.notification.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.amtsplan.notification.ConfirmationSignatures;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every five seconds on every instance: leases due messages, renders each from its stored intent
 * (text, calendar file, signed QR code — outside any booking's transaction) and sends it. A message
 * is marked sent right after the mail server took it; when the server is away it is tried again
 * with growing pauses. A crash between sending and marking can send a message a second time after
 * its lease ends — rendered the same, with the same Message-ID, so mail systems can recognise it. A
 * message is handed to the mail server only while a quarter of the lease is still left; when a slow
 * mail server eats up the lease, the rest of the batch is released at once for the next run (here
 * or on another instance), rather than being sent while another instance may send it too.
 */
@Singleton
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    static final int BATCH = 50;

    /**
     * Batches per run: drains a backlog (after a mail-server outage) quickly without running
     * forever.
     */
    static final int MAX_BATCHES = 20;

    private final String claimant = "instance-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject Outbox outbox;
    @Inject Clock clock;
    @Inject MailSender mail;
    @Inject Instance<ConfirmationSignatures> signatures;

    @Inject
    @ConfigProperty(name = "amtsplan.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private MailRenderer renderer;

    /**
     * Longer than sending one batch takes; after a crash, its messages wait this long for another
     * run.
     */
    @Inject
    @ConfigProperty(name = "amtsplan.outbox.leaseSeconds", defaultValue = "120")
    int leaseSeconds;

    @PostConstruct
    void renderer() {
        // the module that signs confirmations may not be deployed: then mails carry no QR code
        renderer =
                new MailRenderer(
                        publicUrl,
                        signatures.isResolvable() ? signatures.get() : ConfirmationSignatures.NONE);
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatch() {
        if (!mail.configured()) {
            return; // messages wait in the outbox; heads see them as unsent
        }
        try {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                Duration lease = Duration.ofSeconds(leaseSeconds);
                // measured before claiming: the lease in the database ends a little later
                Instant lastStart = clock.instant().plus(lease.minus(lease.dividedBy(4)));
                List<Outbox.Message> messages = outbox.claim(claimant, BATCH, lease);
                for (Outbox.Message message : messages) {
                    if (clock.instant().isAfter(lastStart)) {
                        outbox.release(claimant);
                        return;
                    }
                    try {
                        RenderedMail rendered =
                                message.intent() == null
                                        ? message.storedMail()
                                        : renderer.render(MessageIntent.fromJson(message.intent()));
                        mail.send(message.id(), message.recipient(), rendered);
                        outbox.sent(message.id(), claimant);
                    } catch (Exception failure) {
                        outbox.retryLater(
                                message.id(),
                                claimant,
                                failure.getClass().getSimpleName() + ": " + failure.getMessage());
                    }
                }
                if (messages.size() < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox dispatch failed; retrying in five seconds", e);
        }
    }
}
