package org.amtsplan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void germanUnlessEnglishIsPreferred() {
        assertEquals("de", Languages.preferred(null));
        assertEquals("de", Languages.preferred(""));
        assertEquals("de", Languages.preferred("fr-FR"));
        assertEquals("de", Languages.preferred("de-DE,en;q=0.8"));
        assertEquals("en", Languages.preferred("en-GB,en;q=0.9,de;q=0.5"));
        assertEquals("en", Languages.preferred("fr;q=0.9, en;q=0.8"));
    }

    @Test
    void anUnreadableHeaderFallsBackToGerman() {
        assertEquals("de", Languages.preferred(";;;q=abc"));
    }

    @Test
    void theLangParameterOfThePagesWinsOverTheHeader() {
        assertEquals("en", Languages.preferred("de-DE", "en"));
        assertEquals("de", Languages.preferred("en", "de"));
        assertEquals("en", Languages.preferred("en", "fr"));
        assertEquals("en", Languages.langParameter("x=1&lang=en"));
    }
}
