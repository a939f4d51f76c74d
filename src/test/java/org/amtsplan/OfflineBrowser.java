package org.amtsplan;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a saved page in Debian's headless Chromium with every network path closed (a dead proxy, no
 * background traffic) and returns the DOM after its scripts ran. In CI Chromium must exist (.ci/run
 * installs it); on a developer machine without it the calling test is skipped.
 */
final class OfflineBrowser {

    static final String CHROMIUM = "/usr/bin/chromium";

    private OfflineBrowser() {}

    static String render(Path page, String fragment) throws Exception {
        boolean installed = new File(CHROMIUM).canExecute();
        if (!installed && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Debian's chromium is not installed; .ci/run installs it");
        }
        Path profile = Files.createTempDirectory(page.getParent(), "chromium-profile");
        String url =
                page.toAbsolutePath().toUri()
                        + "#"
                        + java.net.URLEncoder.encode(fragment, StandardCharsets.UTF_8)
                                .replace("+", "%20");
        Process chromium =
                new ProcessBuilder(
                                List.of(
                                        CHROMIUM,
                                        "--headless",
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-quic",
                                        "--no-first-run",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync",
                                        "--proxy-server=127.0.0.1:9",
                                        "--user-data-dir=" + profile,
                                        "--virtual-time-budget=5000",
                                        "--dump-dom",
                                        url))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new IllegalStateException("chromium did not finish");
        }
        return new String(dom, StandardCharsets.UTF_8);
    }
}
