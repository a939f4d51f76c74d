package org.amtsplan.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public endpoint that one address may call only so often per minute (429 with Retry-After beyond
 * that). The bucket names the limit in configuration: {@code amtsplan.ratelimit.<bucket>PerMinute};
 * signed-in staff are limited per account instead, by {@code
 * amtsplan.ratelimit.staff<Bucket>PerMinute} or, for dealer accounts, {@code
 * amtsplan.ratelimit.dealer<Bucket>PerMinute} (not limited where that is not set).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    /** {@code availability} or {@code booking}. */
    String value();
}
