package dev.rebound.web.validation;

import dev.rebound.api.catalogue.WeaknessTaxonomy;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A key of the weakness taxonomy ({@code communication.active-listening} …); null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = WeaknessKey.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface WeaknessKey {

    String message() default "must be a key of the weakness taxonomy (GET /api/v1/catalogue/weaknesses)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WeaknessKey, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || WeaknessTaxonomy.standard().contains(value);
        }
    }
}
