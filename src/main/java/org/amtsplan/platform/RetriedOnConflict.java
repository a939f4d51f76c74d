package org.amtsplan.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction the database gave up to resolve a deadlock or a lock wait is run again, a few times
 * with a short random pause, instead of answering 503. Declared next to {@code @Transactional} on
 * the use cases that write; only the outermost transactional call retries, a nested one joins its
 * caller's transaction and attempt.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {}
