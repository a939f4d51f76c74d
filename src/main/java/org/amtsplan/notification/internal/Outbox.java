package org.amtsplan.notification.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.QrCodeImages;

/**
 * The outbox table. {@link #add} joins the caller's transaction, so a message exists exactly when
 * the change that caused it was committed. A row holds the intent (kind, appointment, language and
 * the event's facts as JSON), not the mail: rendering happens when the dispatcher sends it, outside
 * the transaction of the change. Claiming, marking sent and rescheduling are short transactions of
 * their own.
 */
@ApplicationScoped
public class Outbox {

    /**
     * A message to send: its intent, or — for rows written before intents were stored — the mail as
     * it was rendered then ({@code subject} to {@code qrPayload}).
     */
    public record Message(
            long id,
            String reference,
            String recipient,
            String intent,
            String subject,
            String body,
            String attachmentName,
            String attachment,
            String qrPayload) {

        /** A row written before the outbox stored intents: sent as it was rendered then. */
        RenderedMail storedMail() {
            List<RenderedMail.Attachment> attachments = new ArrayList<>();
            if (attachment != null) {
                attachments.add(
                        new RenderedMail.Attachment(
                                attachmentName,
                                MailRenderer.CALENDAR_TYPE,
                                attachment.getBytes(StandardCharsets.UTF_8)));
            }
            if (qrPayload != null) {
                attachments.add(
                        new RenderedMail.Attachment(
                                "bestaetigung-" + reference + ".png",
                                "image/png",
                                QrCodeImages.png(qrPayload)));
            }
            return new RenderedMail(subject, body, attachments);
        }
    }

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject Clock clock;

    @Resource TransactionSynchronizationRegistry transactions;

    private static final Object PENDING = new Object();
    static final int ROWS_PER_INSERT = 100;
    private static final int COLUMNS = 5;

    /**
     * Stores the intent to write to the appointment's e-mail address. Rows are collected per
     * transaction and written as multi-row inserts — every hundred rows, and the rest just before
     * the transaction commits — so a disruption's thousands of messages cost dozens of statements,
     * not thousands. A failed insert fails the commit: the message still exists exactly when its
     * cause does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(MessageIntent intent) {
        List<Object[]> pending = pendingOfThisTransaction();
        pending.add(
                new Object[] {
                    intent.kind().name(),
                    intent.appointment().code(),
                    intent.appointment().email(),
                    intent.appointment().language(),
                    intent.toJson()
                });
        if (pending.size() >= ROWS_PER_INSERT) {
            write(pending);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> pendingOfThisTransaction() {
        List<Object[]> pending = (List<Object[]>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Object[]> rows = new ArrayList<>();
            transactions.putResource(PENDING, rows);
            transactions.registerInterposedSynchronization(
                    new Synchronization() {
                        @Override
                        public void beforeCompletion() {
                            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                                write(rows);
                            }
                        }

                        @Override
                        public void afterCompletion(int status) {
                            rows.clear();
                        }
                    });
            pending = rows;
        }
        return pending;
    }

    private void write(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        StringBuilder sql =
                new StringBuilder(
                        "insert into ntf_outbox (kind, reference, recipient, language, intent,"
                                + " status, next_attempt_at, created_at) values ");
        for (int i = 0; i < rows.size(); i++) {
            int p = i * COLUMNS;
            sql.append(i == 0 ? "" : ", ").append('(');
            for (int column = 1; column <= COLUMNS; column++) {
                sql.append('?').append(p + column).append(", ");
            }
            sql.append("'PENDING', ?")
                    .append(rows.size() * COLUMNS + 1)
                    .append(", ?")
                    .append(rows.size() * COLUMNS + 1)
                    .append(')');
        }
        // the caller's entities are none of this table's business: no pre-query flush of its
        // transaction
        Query insert = em.createNativeQuery(sql.toString()).setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            for (int column = 0; column < COLUMNS; column++) {
                insert.setParameter(i * COLUMNS + column + 1, row[column]);
            }
        }
        insert.setParameter(rows.size() * COLUMNS + 1, now);
        insert.executeUpdate();
        rows.clear();
    }

    /** Leases due messages to one dispatcher; another instance skips them until the lease ends. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Message> claim(String claimant, int limit, Duration lease) {
        Instant now = clock.instant();
        em.createNativeQuery(
                        "update ntf_outbox set claimed_by = ?1, claimed_until = ?2 where status = 'PENDING' and next_attempt_at <= ?3"
                                + " and (claimed_until is null or claimed_until < ?3) order by id limit ?4")
                .setParameter(1, claimant)
                .setParameter(2, Timestamp.from(now.plus(lease)))
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, limit)
                .executeUpdate();
        List<?> rows =
                em.createNativeQuery(
                                "select id, reference, recipient, intent, subject, body, attachment_name, attachment, qr_payload from ntf_outbox"
                                        + " where claimed_by = ?1 and status = 'PENDING' and claimed_until > ?2 order by id")
                        .setParameter(1, claimant)
                        .setParameter(2, Timestamp.from(now))
                        .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(
                        r ->
                                new Message(
                                        ((Number) r[0]).longValue(),
                                        (String) r[1],
                                        (String) r[2],
                                        text(r[3]),
                                        text(r[4]),
                                        text(r[5]),
                                        (String) r[6],
                                        text(r[7]),
                                        (String) r[8]))
                .toList();
    }

    /** The MariaDB driver hands TEXT columns over as String; a null-safe conversion. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, String claimant) {
        em.createNativeQuery(
                        "update ntf_outbox set status = 'SENT', sent_at = ?1, claimed_by = null, claimed_until = null"
                                + " where id = ?2 and claimed_by = ?3")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, id)
                .setParameter(3, claimant)
                .executeUpdate();
    }

    /**
     * Gives up every lease this dispatcher still holds (on messages it claimed and has not sent),
     * for any dispatcher to take.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String claimant) {
        em.createNativeQuery(
                        "update ntf_outbox set claimed_by = null, claimed_until = null"
                                + " where claimed_by = ?1 and status = 'PENDING'")
                .setParameter(1, claimant)
                .executeUpdate();
    }

    /**
     * The mail server refused or was away: try again later, waiting longer each time (at most 15
     * minutes).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryLater(long id, String claimant, String error) {
        em.createNativeQuery(
                        "update ntf_outbox set attempts = attempts + 1, claimed_by = null, claimed_until = null,"
                                + " last_error = ?1, next_attempt_at = ?2 + interval least(900, 5 * power(2, least(attempts, 8))) second"
                                + " where id = ?3 and claimed_by = ?4")
                .setParameter(
                        1, error == null ? null : error.substring(0, Math.min(500, error.length())))
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, id)
                .setParameter(4, claimant)
                .executeUpdate();
    }

    /** How many messages wait to be sent (also those waiting for a mail server to be set up). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long pendingCount() {
        return ((Number)
                        em.createNativeQuery(
                                        "select count(*) from ntf_outbox where status = 'PENDING'")
                                .getSingleResult())
                .longValue();
    }

    /** Messages still waiting (for heads: who has not been told yet). */
    public List<Object[]> pending() {
        List<?> rows =
                em.createNativeQuery(
                                "select id, kind, reference, recipient, attempts, created_at, last_error from ntf_outbox where status = 'PENDING'"
                                        + " order by id limit 1000")
                        .getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }
}
