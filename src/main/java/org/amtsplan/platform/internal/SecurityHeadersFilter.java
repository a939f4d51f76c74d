package org.amtsplan.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.amtsplan.platform.Languages;

/**
 * Security headers on every answer, pages and API alike: the pages load scripts, styles and images
 * only from Amtsplan itself, may not be framed by other sites, and send no referrer (the citizen's
 * link carries its secret in the fragment; nothing of it should leak anywhere).
 *
 * <p>Caching: every API answer (and every error document) is {@code Cache-Control: no-store}:
 * tokens, names and CSRF tokens must not stay in a browser's or proxy's cache. Exceptions are the
 * public reading endpoints that carry nothing personal ({@link #CACHEABLE}); the static pages and
 * assets keep the container's default.
 *
 * <p>{@code Content-Language}: the language picked for the request ({@link Languages#of}); texts
 * kept with data are written in it too ({@link AnswerLanguage}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String PAGES =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self';"
                    + " font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The offline verification page carries its script and style inline so it works saved to a
     * device; it may load nothing.
     */
    static final String SELF_CONTAINED_PAGE =
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
                    + " form-action 'none'; frame-ancestors 'none'";

    /**
     * GET paths whose answers are public and free of personal data; everything else is no-store.
     */
    static final java.util.Set<String> CACHEABLE =
            java.util.Set.of("/api/services", "/api/availability", "/api/verify", "/openapi");

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        String before = AnswerLanguage.set(Languages.of(request));
        try {
            chain.doFilter(request, response);
        } finally {
            AnswerLanguage.restore(before);
        }
    }

    /** Sets the headers; also called by the error page, which resets the response first. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI();
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean dynamic =
                path == null
                        || path.startsWith("/api/")
                        || path.equals("/api")
                        || path.equals("/problem");
        if (dynamic && !(reading && CACHEABLE.contains(path))) {
            response.setHeader("Cache-Control", "no-store");
        }
        boolean verifyPage = "/api/verify".equals(path);
        response.setHeader("Content-Security-Policy", verifyPage ? SELF_CONTAINED_PAGE : PAGES);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        // the camera for Amtsplan's own pages only: the counter page scans confirmations' QR codes
        response.setHeader("Permissions-Policy", "geolocation=(), microphone=(), camera=(self)");
        // the language is picked here, once, for everything the answer says
        response.setHeader("Content-Language", Languages.of(request));
    }
}
