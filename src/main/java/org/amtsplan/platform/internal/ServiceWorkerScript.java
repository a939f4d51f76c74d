package org.amtsplan.platform.internal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counter page's service worker, with its cache version made of the content of every file of
 * the shell it keeps (and of the worker itself). A deployment that changes any of them changes the
 * worker's bytes, so the browser installs the new worker, which fills a new cache with the new
 * files at once and deletes the old one: a stale cache never serves an old script with a new page.
 * Nobody has to remember to raise a version number by hand.
 */
@WebServlet("/schalter-sw.js")
public class ServiceWorkerScript extends HttpServlet {

    static final String PATH = "/schalter-sw.js";
    private static final Pattern VERSION =
            Pattern.compile("const VERSION = '(amtsplan-schalter-)[^']*';");
    private static final Pattern SHELL = Pattern.compile("const SHELL = \\[([^\\]]*)\\]");
    private static final Pattern FILE = Pattern.compile("'(/[^']+)'");

    private volatile byte[] script;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = script;
        if (body == null) {
            // the files of a deployed application do not change: computed once
            body =
                    versioned(new String(read(PATH), StandardCharsets.UTF_8), this::read)
                            .getBytes(StandardCharsets.UTF_8);
            script = body;
        }
        response.setContentType("text/javascript;charset=UTF-8");
        // the browser asks for the worker on every visit; it must never get an old one from a cache
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private byte[] read(String path) {
        try (InputStream in = getServletContext().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing shell file " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worker's text with its version replaced by a digest of itself and its shell files. */
    static String versioned(String worker, Function<String, byte[]> file) {
        Matcher version = VERSION.matcher(worker);
        Matcher shell = SHELL.matcher(worker);
        if (!version.find() || !shell.find()) {
            throw new IllegalStateException("the service worker names no VERSION or SHELL");
        }
        List<String> paths = new ArrayList<>();
        Matcher path = FILE.matcher(shell.group(1));
        while (path.find()) {
            paths.add(path.group(1));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(worker.getBytes(StandardCharsets.UTF_8));
            for (String p : paths) {
                digest.update(p.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.apply(p));
                digest.update((byte) 0);
            }
            String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            return version.replaceFirst(
                    Matcher.quoteReplacement("const VERSION = '" + version.group(1) + hash + "';"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
