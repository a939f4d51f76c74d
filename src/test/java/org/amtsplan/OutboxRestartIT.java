package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.File;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
import org.amtsplan.testing.SecondInstance;
import org.amtsplan.testing.SlowRelay;
import org.amtsplan.testing.TestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application dies in the middle of sending mail (killed, no shutdown) and is started again:
 * every message still reaches the mail server, and at most the one being handed over at the moment
 * of the crash arrives twice (with the same Message-ID). Runs its own Payara Micro on its own
 * database, so the dispatchers of the other tests' instance cannot take part.
 */
class OutboxRestartIT {

    static final int BOOKINGS = 120;
    // beside the tests' own database and named after it, so that test runs on other databases of
    // the
    // same server (another worktree, another build) never drop it under this one
    static final String DATABASE =
            System.getProperty("amtsplan.db.url")
                            .replaceFirst("jdbc:mariadb://[^/]+/([^?]*).*", "$1")
                    + "_restart";

    GreenMail mailServer;
    SlowRelay relay;
    SecondInstance instance;

    @AfterEach
    void stopEverything() throws Exception {
        if (instance != null) {
            instance.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    @Test
    void aRestartInTheMiddleOfSendingLosesNoMessage() throws Exception {
        recreateDatabase();
        mailServer =
                new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        // ~150 ms per mail: 120 confirmations take long enough to stop the sender halfway
        relay = new SlowRelay(mailServer.getSmtp().getPort(), Duration.ofMillis(150));
        Map<String, String> environment =
                Map.of(
                        "AMTSPLAN_DB_URL",
                        databaseUrl(),
                        "AMTSPLAN_DEMO",
                        "true",
                        "AMTSPLAN_SMTP_HOST",
                        "127.0.0.1",
                        "AMTSPLAN_SMTP_PORT",
                        Integer.toString(relay.port()),
                        "AMTSPLAN_OUTBOX_LEASESECONDS",
                        "20",
                        "AMTSPLAN_DATA_FOLDER",
                        System.getProperty("amtsplan.buildDir", "target") + "/data-restart-it",
                        "AMTSPLAN_OFFLINE_FOLDER",
                        System.getProperty("amtsplan.buildDir", "target") + "/offline-restart-it");
        // the kernel with the test unit, and the modules that write and send mail
        File war =
                Deployments.exported(
                        Deployments.withTestUnit(
                                "org.amtsplan.notification", "org.amtsplan.disruption"),
                        "amtsplan-outbox-it.war");
        instance = SecondInstance.start(war, environment);

        bookWithConfirmationMails(ApiClient.at(instance.url()).as("admin", "demo"));
        long messages = number("select count(*) from ntf_outbox");
        assertTrue(
                messages >= BOOKINGS,
                "each booking wrote its confirmation into the outbox: " + messages);
        assertEquals(
                0,
                number(
                        "select count(*) from ntf_outbox where intent is null or language is null"
                                + " or subject is not null or body is not null or attachment is not null or qr_payload is not null"),
                "the booking stored what to write (kind, language, the event's facts), nothing rendered");

        awaitTrue(
                Duration.ofSeconds(90),
                () ->
                        mailServer.getReceivedMessages().length >= 15
                                && number(
                                                "select count(*) from ntf_outbox where status = 'PENDING' and claimed_by is not null")
                                        > 0);
        instance.kill();
        long sentBeforeCrash = number("select count(*) from ntf_outbox where status = 'SENT'");
        long leasedAtCrash =
                number(
                        "select count(*) from ntf_outbox where status = 'PENDING' and claimed_by is not null");
        assertTrue(leasedAtCrash > 0, "the crash left messages leased to the dead instance");
        assertTrue(sentBeforeCrash < messages, "the crash came before everything was sent");
        // while nobody runs, the stored facts of the last waiting message change: the mail is
        // written
        // from the row when it is sent, not when it was booked
        long rewritten = number("select max(id) from ntf_outbox where status = 'PENDING'");
        execute(
                "update ntf_outbox set intent = json_set(intent, '$.appointment.name', 'Renate Nachher') where id = "
                        + rewritten);

        instance = SecondInstance.start(war, environment);
        awaitTrue(
                Duration.ofSeconds(120),
                () -> number("select count(*) from ntf_outbox where status <> 'SENT'") == 0);
        awaitTrue(Duration.ofSeconds(10), () -> messageIds().size() >= messages);

        List<String> received = receivedIds();
        Set<String> distinct = new HashSet<>(received);
        Set<String> expected = new HashSet<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet ids = s.executeQuery("select id from ntf_outbox")) {
            while (ids.next()) {
                expected.add("<outbox-" + ids.getLong(1) + "@amtsplan>");
            }
        }
        assertEquals(expected, distinct, "every message of the outbox arrived, and nothing else");
        assertTrue(
                received.size() - distinct.size() <= 1,
                "at most the mail in flight at the crash came twice: "
                        + (received.size() - distinct.size()));
        String text =
                textOf("<outbox-" + rewritten + "@amtsplan>")
                        .replace("\r\n", "\n"); // SMTP sends CRLF
        assertTrue(
                text.startsWith("Guten Tag Renate Nachher,\n\nIhr Termin ist gebucht:"),
                "rendered at dispatch from the row: " + text);
    }

    private void bookWithConfirmationMails(ApiClient admin) {
        String location = "restart";
        ok(
                admin.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Neustart\",\"address\":\"Testweg 1\"}"),
                201);
        StringBuilder week = new StringBuilder("{\"slotMinutes\":15,\"weekly\":[");
        for (DayOfWeek day :
                List.of(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)) {
            week.append(day == DayOfWeek.MONDAY ? "" : ",")
                    .append("{\"day\":\"")
                    .append(day)
                    .append("\",\"from\":\"08:00\",\"to\":\"12:00\",\"counters\":20}");
        }
        ok(
                admin.put(
                        "/api/units/" + TestUnit.UNIT + "/locations/" + location + "/opening-hours",
                        week.append("]}").toString()),
                200);
        ok(
                admin.post(
                        "/api/units/" + TestUnit.UNIT + "/services",
                        "{\"code\":\"restart-15\",\"name\":\"Urkunde\",\"durationMinutes\":15,\"onlineBookable\":true}"),
                201);
        LocalDate day = LocalDate.now().plusDays(3);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < BOOKINGS; i++) {
            LocalTime start = LocalTime.of(8, 0).plusMinutes(15L * (i % 16));
            ok(
                    admin.post(
                            "/api/appointments",
                            "{\"service\":\"restart-15\",\"location\":\""
                                    + location
                                    + "\",\"start\":\""
                                    + day.atTime(start)
                                    + ":00\",\"name\":\"Person "
                                    + i
                                    + "\",\"email\":\"person"
                                    + i
                                    + "@example.org\",\"language\":\"de\"}"),
                    201);
        }
    }

    private List<String> receivedIds() {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : mailServer.getReceivedMessages()) {
            try {
                ids.add(message.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }

    private Set<String> messageIds() {
        return new HashSet<>(receivedIds());
    }

    /** The text part of the received mail with this Message-ID. */
    private String textOf(String messageId) throws Exception {
        for (MimeMessage message : mailServer.getReceivedMessages()) {
            if (messageId.equals(message.getMessageID())) {
                Object content = message.getContent();
                return content instanceof MimeMultipart parts
                        ? (String) parts.getBodyPart(0).getContent()
                        : (String) content;
            }
        }
        throw new AssertionError("no mail " + messageId);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static void ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
    }

    private static void awaitTrue(Duration timeout, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    private static String databaseUrl() {
        // the same server as the other tests, another database:
        // jdbc:mariadb://host:port/name?options
        return System.getProperty("amtsplan.db.url")
                .replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + DATABASE);
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection c =
                        DriverManager.getConnection(
                                System.getProperty("amtsplan.db.url"),
                                System.getProperty("amtsplan.db.user"),
                                System.getProperty("amtsplan.db.password", ""));
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute(
                    "create database "
                            + DATABASE
                            + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                databaseUrl(),
                System.getProperty("amtsplan.db.user"),
                System.getProperty("amtsplan.db.password", ""));
    }

    private static long number(String sql) {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
