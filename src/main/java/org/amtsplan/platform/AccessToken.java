package org.amtsplan.platform;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;

/**
 * A citizen's secret token for their own appointment, certificate request or confirmation, as one
 * {@code @BeanParam} for every resource that accepts one: the query parameter {@code token} (the
 * links in mails) or the header {@code X-Access-Token} (the pages, which keep it out of access
 * logs); the query parameter wins when both are sent.
 */
public class AccessToken {

    @QueryParam("token")
    String query;

    @HeaderParam("X-Access-Token")
    String header;

    /** The token sent, or null when none was. */
    public String value() {
        return query != null ? query : header;
    }
}
