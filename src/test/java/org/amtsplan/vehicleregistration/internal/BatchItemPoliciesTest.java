package org.amtsplan.vehicleregistration.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.Messages;
import org.junit.jupiter.api.Test;

class BatchItemPoliciesTest {

    @Test
    void aValidItemIsNormalised() {
        BatchItemPolicies.Checked checked =
                BatchItemPolicies.check(" wvwzzz1jzxw000001 ", "new_registration", "m ab 1234");
        assertTrue(checked.accepted());
        assertEquals("WVWZZZ1JZXW000001", checked.vin());
        assertEquals(ItemKind.NEW_REGISTRATION, checked.kind());
        assertEquals("M-AB 1234", checked.plate());
    }

    @Test
    void theVinMustHaveSeventeenCharactersWithoutIOQ() {
        Message tooShort =
                BatchItemPolicies.check("WVWZZZ1JZXW00001", "NEW_REGISTRATION", null).rejection();
        assertEquals(
                "Die FIN muss 17 Zeichen haben (16 eingegeben)", Messages.text(tooShort, "de"));
        assertEquals("the VIN must have 17 characters (16 entered)", Messages.text(tooShort, "en"));
        Message letters =
                BatchItemPolicies.check("WVWZZZ1JZXW00000O", "NEW_REGISTRATION", null).rejection();
        assertEquals(
                "Die FIN enthält unzulässige Zeichen (I, O und Q sind nicht erlaubt)",
                Messages.text(letters, "de"));
        assertEquals("the VIN has invalid characters (no I, O or Q)", Messages.text(letters, "en"));
        assertFalse(BatchItemPolicies.check(null, "NEW_REGISTRATION", null).accepted());
    }

    @Test
    void theKindMustBeKnown() {
        Message unknown = BatchItemPolicies.check("WVWZZZ1JZXW000001", "SCRAP", null).rejection();
        assertEquals(
                "Unbekannte Art; erlaubt: NEW_REGISTRATION, CHANGE_OF_KEEPER, RE_REGISTRATION,"
                        + " DEREGISTRATION",
                Messages.text(unknown, "de"));
        assertEquals(
                "unknown kind; allowed: NEW_REGISTRATION, CHANGE_OF_KEEPER, RE_REGISTRATION,"
                        + " DEREGISTRATION",
                Messages.text(unknown, "en"));
    }

    @Test
    void aRefusedPlateIsExplainedInEachLanguageAlone() {
        Message plate =
                BatchItemPolicies.check("WVWZZZ1JZXW000001", "DEREGISTRATION", "nonsense")
                        .rejection();
        assertEquals("Kennzeichen nicht im Format \"M-AB 1234\"", Messages.text(plate, "de"));
        assertEquals("plate not in the form \"M-AB 1234\"", Messages.text(plate, "en"));
    }

    @Test
    void platesFollowTheGermanFormatAndAreOptional() {
        assertNull(BatchItemPolicies.check("WVWZZZ1JZXW000001", "DEREGISTRATION", "").plate());
        assertTrue(
                BatchItemPolicies.check("WVWZZZ1JZXW000001", "DEREGISTRATION", "B-X 12E")
                        .accepted());
        assertFalse(
                BatchItemPolicies.check("WVWZZZ1JZXW000001", "DEREGISTRATION", "ABCD-X 1")
                        .accepted());
        assertFalse(
                BatchItemPolicies.check("WVWZZZ1JZXW000001", "DEREGISTRATION", "M-AB 0123")
                        .accepted());
    }

    @Test
    void weekendsAreNoWorkingDays() {
        LocalDate friday = LocalDate.of(2027, 1, 29);
        assertEquals(LocalDate.of(2027, 2, 1), WorkingDays.next(friday));
        assertEquals(LocalDate.of(2027, 2, 1), WorkingDays.onOrAfter(LocalDate.of(2027, 1, 30)));
        assertEquals(friday, WorkingDays.onOrAfter(friday));
    }
}
