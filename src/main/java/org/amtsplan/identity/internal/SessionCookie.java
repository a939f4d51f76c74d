package org.amtsplan.identity.internal;

import jakarta.ws.rs.core.Cookie;
import java.util.Map;

/**
 * The cookie that carries a page's session id: HttpOnly (no script reads it), SameSite=Strict (no
 * other site's page sends it), for the whole site, Secure when the request came over HTTPS (also
 * when a proxy in front says so with {@code X-Forwarded-Proto}). It has no expiry of its own: the
 * server ends the session (idle time, working day), and closing the browser drops the cookie.
 */
final class SessionCookie {

    static final String NAME = "amtsplan_session";

    /** The header a page sends its session's CSRF token in, on every state-changing request. */
    static final String CSRF_HEADER = "X-CSRF-Token";

    /** Sent by a page's own periodic refresh: no activity of the person, for the idle time. */
    static final String BACKGROUND_HEADER = "X-Background-Refresh";

    private SessionCookie() {}

    static String valueIn(Map<String, Cookie> cookies) {
        Cookie cookie = cookies == null ? null : cookies.get(NAME);
        return cookie == null ? null : cookie.getValue();
    }

    /** The Set-Cookie header value that hands {@code id} to the browser. */
    static String setting(String id, boolean secure) {
        return NAME + "=" + id + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The Set-Cookie header value that makes the browser forget the cookie. */
    static String clearing(boolean secure) {
        return NAME
                + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly;"
                + " SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    /** Whether the browser reached us over HTTPS, directly or through a proxy that says so. */
    static boolean secure(boolean requestIsSecure, String forwardedProto) {
        return requestIsSecure
                || (forwardedProto != null
                        && forwardedProto.split(",")[0].strip().equalsIgnoreCase("https"));
    }
}
