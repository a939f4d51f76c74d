package org.amtsplan.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An anonymous call of this endpoint must carry a solved proof-of-work challenge ({@code GET
 * /api/challenges}, then the header {@code X-Proof-Of-Work: <challenge>:<nonce>}): cheap for one
 * citizen's browser, expensive for a bot that books thousands. Signed-in staff need none.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresProofOfWork {}
