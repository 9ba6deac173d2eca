package org.helpline.identity.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A password that BCrypt can hash whole: at most {@value #MAX_BYTES} bytes of UTF-8. BCrypt refuses
 * longer ones (older versions silently ignored the rest). For a person that is 72 characters of
 * plain Latin; accented letters take two bytes each, most other scripts three and emoji four, so
 * the message says it in those words. Every place that sets a password checks it with {@link Check}.
 */
@Documented
@Constraint(validatedBy = HashablePassword.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HashablePassword {

    int MAX_BYTES = 72;

    String message() default "{identity.password.too-long}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself, also for code that sets a password without Bean Validation. */
    class Check implements ConstraintValidator<HashablePassword, CharSequence> {

        public static boolean fits(CharSequence password) {
            return password == null || password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }

        @Override
        public boolean isValid(CharSequence password, ConstraintValidatorContext context) {
            return fits(password);
        }
    }
}
