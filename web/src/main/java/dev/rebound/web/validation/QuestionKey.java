package dev.rebound.web.validation;

import dev.rebound.api.catalogue.FeedbackQuestionCatalogue;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A key of the feedback-question catalogue ({@code weak-areas} …); null is allowed (own words instead). */
@Documented
@Constraint(validatedBy = QuestionKey.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface QuestionKey {

    String message() default "must be a key of the question catalogue (GET /api/v1/catalogue/feedback-questions)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<QuestionKey, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || FeedbackQuestionCatalogue.find(value).isPresent();
        }
    }
}
