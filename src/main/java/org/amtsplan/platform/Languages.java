package org.amtsplan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;

/**
 * The user interface speaks German first and English second; nothing else is offered yet. The
 * language of an answer is picked once per request — by the {@code lang} query parameter of the
 * pages, else by {@code Accept-Language} — and kept as a request attribute, so every text of the
 * answer (problem documents included) and its {@code Content-Language} agree.
 */
public final class Languages {

    public static final String GERMAN = "de";
    public static final String ENGLISH = "en";

    /** The request attribute holding the language picked for the request. */
    public static final String REQUEST_ATTRIBUTE = Languages.class.getName();

    private Languages() {}

    /**
     * The language to answer in for an {@code Accept-Language} header: English only when the client
     * prefers it over German, German otherwise (also for a missing or unreadable header).
     */
    public static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return GERMAN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith(GERMAN)) {
                    return GERMAN;
                }
                if (tag.startsWith(ENGLISH)) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return GERMAN;
        }
        return GERMAN;
    }

    /** {@code lang=en} or {@code lang=de} wins over the header; any other value is ignored. */
    public static String preferred(String acceptLanguage, String langParameter) {
        if (ENGLISH.equalsIgnoreCase(langParameter)) {
            return ENGLISH;
        }
        if (GERMAN.equalsIgnoreCase(langParameter)) {
            return GERMAN;
        }
        return preferred(acceptLanguage);
    }

    /** The request's language, picked on first use and then kept with the request. */
    public static String of(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof String picked) {
            return picked;
        }
        String language =
                preferred(
                        request.getHeader("Accept-Language"),
                        langParameter(request.getQueryString()));
        request.setAttribute(REQUEST_ATTRIBUTE, language);
        return language;
    }

    /**
     * The {@code lang} value of a query string, read without {@code getParameter}, which would
     * consume a form body.
     */
    static String langParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return pair.substring("lang=".length());
            }
        }
        return null;
    }

    /** The same for JAX-RS filters: its properties are the servlet request's attributes. */
    public static String of(ContainerRequestContext request) {
        if (request.getProperty(REQUEST_ATTRIBUTE) instanceof String picked) {
            return picked;
        }
        String language =
                preferred(
                        request.getHeaderString("Accept-Language"),
                        request.getUriInfo().getQueryParameters().getFirst("lang"));
        request.setProperty(REQUEST_ATTRIBUTE, language);
        return language;
    }
}
