package org.amtsplan.notification.internal;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one outbox message over SMTP (Jakarta Mail), configured by the AMTSPLAN_SMTP_* variables.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    @ConfigProperty(name = "amtsplan.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "amtsplan.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "amtsplan.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "amtsplan.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "amtsplan.mail.from", defaultValue = "termine@amtsplan.example")
    String from;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends a rendered mail under the outbox message's id. */
    public void send(long messageId, String recipient, RenderedMail rendered)
            throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        Session session;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            properties.put("mail.smtp.auth", "true");
            properties.put("mail.smtp.starttls.enable", "true");
            session =
                    Session.getInstance(
                            properties,
                            new Authenticator() {
                                @Override
                                protected PasswordAuthentication getPasswordAuthentication() {
                                    return new PasswordAuthentication(
                                            user.get(), password.orElse(""));
                                }
                            });
        } else {
            session = Session.getInstance(properties);
        }
        MimeMessage mail = new OutboxMimeMessage(session, messageId);
        mail.setFrom(new InternetAddress(from));
        mail.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(recipient));
        mail.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
        if (rendered.attachments().isEmpty()) {
            mail.setText(rendered.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(rendered.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (RenderedMail.Attachment attachment : rendered.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(
                        new DataHandler(
                                new ByteArrayDataSource(
                                        attachment.content(), attachment.contentType())));
                part.setFileName(attachment.fileName());
                parts.addBodyPart(part);
            }
            mail.setContent(parts);
        }
        Transport.send(mail);
    }

    /**
     * A stable Message-ID per outbox message, so a resend after a crash is recognisable as the same
     * mail.
     */
    static final class OutboxMimeMessage extends MimeMessage {
        private final long id;

        OutboxMimeMessage(Session session, long id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<outbox-" + id + "@amtsplan>");
        }
    }
}
