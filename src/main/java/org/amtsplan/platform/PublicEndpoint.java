package org.amtsplan.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource method (or a whole resource class) that citizens may call without a staff
 * login, as ../shared/api.md marks it "public". Everything under {@code /api} without this mark
 * requires staff credentials.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {}
