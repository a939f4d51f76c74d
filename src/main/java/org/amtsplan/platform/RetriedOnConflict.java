package org.amtsplan.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction the database gave up to resolve a deadlock or a lock wait is run again, a few times
 * with a short random pause, instead of answering 503. Added by the platform to every
 * {@code @Transactional} bean, so no use case declares it itself; only the outermost transactional
 * call retries.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {}
