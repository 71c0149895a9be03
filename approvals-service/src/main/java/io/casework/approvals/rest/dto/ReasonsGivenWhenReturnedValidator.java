package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.DecisionRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Applies the domain rule at the edge, reporting it against {@code comments} so a form can show it there. */
public class ReasonsGivenWhenReturnedValidator
        implements ConstraintValidator<ReasonsGivenWhenReturned, DecisionRequest> {

    @Override
    public boolean isValid(DecisionRequest request, ConstraintValidatorContext context) {
        if (request == null || request.outcome() == null) {
            return true;
        }
        return DecisionRules.problem(request.outcome(), request.comments()).map(problem -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode("comments")
                    .addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
