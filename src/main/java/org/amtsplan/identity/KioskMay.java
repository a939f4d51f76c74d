package org.amtsplan.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an entrance kiosk's session may call this method: drawing a number or checking in
 * at the door. A kiosk stands in the public's reach, so the staff account that set it up acts
 * through the kiosk's session for nothing else; every other method treats such a request as
 * anonymous. The method's roles and unit scope apply as always.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KioskMay {}
