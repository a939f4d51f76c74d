package org.amtsplan.scheduling.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A session released in stages has at most one stage per counter: each stage opens at least one
 * more counter. Checked with the command's other constraints, so the client learns it together with
 * them; reported on {@code releaseStages}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StagesWithinCounters.Validator.class)
public @interface StagesWithinCounters {

    String message() default "{scheduling.session.stagePerCounter}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StagesWithinCounters, AddSession> {
        @Override
        public boolean isValid(AddSession session, ConstraintValidatorContext context) {
            if (session == null
                    || session.releaseStages() == null
                    || session.counters() == null
                    || session.releaseStages() <= session.counters()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("releaseStages")
                    .addConstraintViolation();
            return false;
        }
    }
}
