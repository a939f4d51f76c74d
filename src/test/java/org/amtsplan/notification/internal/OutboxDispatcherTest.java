package org.amtsplan.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A slow mail server must not make two instances send the same message: a dispatcher stops handing
 * messages over once three quarters of its lease are gone, and gives the rest back.
 */
class OutboxDispatcherTest {

    /** A clock that moves on by a fixed step each time it is read. */
    static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2030-06-04T08:00:00Z");
        private final Duration step;

        SteppingClock(Duration step) {
            this.step = step;
        }

        @Override
        public Instant instant() {
            Instant read = now;
            now = now.plus(step);
            return read;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    static final class RecordingOutbox extends Outbox {
        final List<Long> due = new ArrayList<>();
        final List<Long> sent = new ArrayList<>();
        final List<String> released = new ArrayList<>();

        @Override
        public List<Message> claim(String claimant, int limit, Duration lease) {
            List<Message> batch =
                    due.stream()
                            .limit(limit)
                            .map(
                                    id ->
                                            new Message(
                                                    id,
                                                    "ABC" + id,
                                                    "a@example.org",
                                                    null,
                                                    "Betreff",
                                                    "Text",
                                                    null,
                                                    null,
                                                    null))
                            .toList();
            due.removeAll(batch.stream().map(Message::id).toList());
            return batch;
        }

        @Override
        public void sent(long id, String claimant) {
            sent.add(id);
        }

        @Override
        public void release(String claimant) {
            released.add(claimant);
        }

        @Override
        public void retryLater(long id, String claimant, String error) {
            throw new AssertionError("no message fails here: " + error);
        }
    }

    static final class AcceptingMailServer extends MailSender {
        final List<Long> handedOver = new ArrayList<>();

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public void send(long messageId, String recipient, RenderedMail rendered) {
            handedOver.add(messageId);
        }
    }

    private static OutboxDispatcher dispatcher(
            RecordingOutbox outbox, AcceptingMailServer mail, Duration step) {
        OutboxDispatcher dispatcher = new OutboxDispatcher();
        dispatcher.outbox = outbox;
        dispatcher.mail = mail;
        dispatcher.clock = new SteppingClock(step);
        dispatcher.leaseSeconds = 120;
        return dispatcher;
    }

    @Test
    void aSlowMailServerLeavesTheRestOfTheBatchToTheNextRunInsteadOfSendingBeyondTheLease() {
        RecordingOutbox outbox = new RecordingOutbox();
        LongStream.rangeClosed(1, 50).forEach(outbox.due::add);
        AcceptingMailServer mail = new AcceptingMailServer();
        // each message takes ten seconds: 90 of the 120 seconds of the lease allow nine
        dispatcher(outbox, mail, Duration.ofSeconds(10)).dispatch();
        assertEquals(LongStream.rangeClosed(1, 9).boxed().toList(), mail.handedOver);
        assertEquals(mail.handedOver, outbox.sent);
        assertEquals(1, outbox.released.size(), "the unsent rest is given back at once");
    }

    @Test
    void aMailServerOfNormalSpeedGetsTheWholeBacklogInOneRun() {
        RecordingOutbox outbox = new RecordingOutbox();
        LongStream.rangeClosed(1, 120).forEach(outbox.due::add);
        AcceptingMailServer mail = new AcceptingMailServer();
        dispatcher(outbox, mail, Duration.ofMillis(200)).dispatch();
        assertEquals(120, outbox.sent.size());
        assertTrue(outbox.released.isEmpty());
    }
}
