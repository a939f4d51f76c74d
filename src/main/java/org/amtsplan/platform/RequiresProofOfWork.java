package org.amtsplan.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An anonymous call of this endpoint must carry a solved proof-of-work challenge ({@code GET
 * /api/challenges}, then the header {@code X-Proof-Of-Work: <challenge>:<nonce>}): cheap for one
 * citizen's browser, expensive for a bot that books thousands. Each challenge is good for one
 * request; a second use is refused like a wrong answer (428). Signed-in staff need none: they are
 * limited per account instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresProofOfWork {}
