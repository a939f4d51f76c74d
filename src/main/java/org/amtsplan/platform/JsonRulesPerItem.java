package org.amtsplan.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method whose body is a list of items judged one by one (an offline device's actions):
 * the request filter checks only what makes the body unreadable as a whole (size, depth, JSON
 * syntax), and the method applies {@link JsonLimits#errors} to each item, so that one item breaking
 * a rule (a tab pasted into a name) is refused alone. A body over {@link JsonLimits#MAX_BYTES} is
 * still 413, saying how many of its first items fit ({@code fittingItems}) and how many the method
 * takes at most ({@code maxItems}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JsonRulesPerItem {

    /** The most items the method takes in one body. */
    int maxItems();
}
