package io.casework.approvals.rest.dto;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A RETURNED decision must say why (DecisionRules); the violation names the {@code comments} field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReasonsGivenWhenReturnedValidator.class)
public @interface ReasonsGivenWhenReturned {

    String message() default "comments are required when the outcome is RETURNED";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
