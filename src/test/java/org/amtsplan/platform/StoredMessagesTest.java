package org.amtsplan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StoredMessagesTest {

    @Test
    void aStoredKeyWithArgumentsIsReadInEitherLanguage() {
        Message stored = Message.of("scheduling.history.movedFrom", "2030-06-04T10:00+02:00");
        String arguments = StoredMessages.arguments(stored);
        assertEquals("[\"2030-06-04T10:00+02:00\"]", arguments);
        Message read = StoredMessages.read(stored.key(), arguments, null);
        assertEquals("verlegt von 2030-06-04T10:00+02:00", Messages.text(read, Languages.GERMAN));
        assertEquals("moved from 2030-06-04T10:00+02:00", Messages.text(read, Languages.ENGLISH));
    }

    @Test
    void aKeyWithoutArgumentsStoresNoArguments() {
        assertNull(StoredMessages.arguments(Message.of("scheduling.history.held")));
        Message read = StoredMessages.read("scheduling.history.held", null, null);
        assertEquals("Platz reserviert", Messages.text(read, Languages.GERMAN));
        assertEquals("slot held", Messages.text(read, Languages.ENGLISH));
    }

    @Test
    void argumentsAreKeptAsTheyWereWritten() {
        Message stored = Message.of("disruption.history.cancelled", "d-1\"2, ü");
        Message read =
                StoredMessages.read(stored.key(), StoredMessages.arguments(stored), "ignored");
        assertEquals("Störung d-1\"2, ü", Messages.text(read, Languages.GERMAN));
        assertEquals("disruption d-1\"2, ü", Messages.text(read, Languages.ENGLISH));
    }

    @Test
    void anOldRowWithoutAKeyShowsItsTextAsItIs() {
        String old = "Ersatzgrund unbekannt / some text from before";
        Message read = StoredMessages.read(null, null, old);
        assertEquals(old, Messages.text(read, Languages.GERMAN));
        assertEquals(old, Messages.text(read, Languages.ENGLISH));
        assertNull(StoredMessages.read(null, null, null));
    }

    @Test
    void aNestedMessageCannotBeStored() {
        assertThrows(
                IllegalArgumentException.class,
                () -> StoredMessages.arguments(Message.of("x.y", Message.of("x.z"))));
    }
}
