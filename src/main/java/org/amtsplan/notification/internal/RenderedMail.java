package org.amtsplan.notification.internal;

import java.util.List;

/**
 * A mail ready for the mail server: subject, plain text and attachments in the order they are
 * shown.
 */
record RenderedMail(String subject, String body, List<Attachment> attachments) {

    RenderedMail {
        attachments = List.copyOf(attachments);
    }

    record Attachment(String fileName, String contentType, byte[] content) {}
}
