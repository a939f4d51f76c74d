package org.amtsplan.platform.internal;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The counter page's service worker changes its cache version whenever a file of its shell does.
 */
class ServiceWorkerScriptTest {

    static final Path WEBAPP = Path.of("src/main/webapp");

    static byte[] file(String path) {
        try {
            return Files.readAllBytes(WEBAPP.resolve(path.substring(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String version(String worker) {
        Matcher m = Pattern.compile("const VERSION = '([^']*)';").matcher(worker);
        assertTrue(m.find(), worker);
        return m.group(1);
    }

    @Test
    void everyShellFileExistsAndAnyChangeOfOneChangesTheVersion() throws IOException {
        String worker = Files.readString(WEBAPP.resolve("schalter-sw.js"), StandardCharsets.UTF_8);
        String served = ServiceWorkerScript.versioned(worker, ServiceWorkerScriptTest::file);
        assertTrue(version(served).matches("amtsplan-schalter-[0-9a-f]{16}"), version(served));
        for (String changed :
                new String[] {"/assets/schalter.js", "/schalter.html", "/assets/app.css"}) {
            Function<String, byte[]> edited =
                    p ->
                            p.equals(changed)
                                    ? (new String(file(p), StandardCharsets.UTF_8) + "\n ")
                                            .getBytes(StandardCharsets.UTF_8)
                                    : file(p);
            assertNotEquals(
                    version(served),
                    version(ServiceWorkerScript.versioned(worker, edited)),
                    "a change of " + changed);
        }
        assertNotEquals(
                version(served),
                version(
                        ServiceWorkerScript.versioned(
                                worker.replace("4000", "4001"), ServiceWorkerScriptTest::file)),
                "a change of the worker itself");
    }
}
