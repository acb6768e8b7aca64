package org.verbatim.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.IllformedLocaleException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A required, well-formed BCP 47 language tag, such as {@code en}, {@code ru} or
 * {@code be-Latn}, of at most {@link Limits#LANGUAGE_TAG} characters.
 */
@Documented
@Constraint(validatedBy = LanguageTag.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

	String message() default "invalid language tag";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link LanguageTag} field. */
	class Check implements ConstraintValidator<LanguageTag, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return InputValidator.accept(Inputs.requiredText(Limits.LANGUAGE_TAG), context);
			}
			String tooLong = Inputs.tooLong(value, Limits.LANGUAGE_TAG);
			if (tooLong != null) {
				return InputValidator.accept(tooLong, context);
			}
			try {
				new Locale.Builder().setLanguageTag(value);
				return true;
			}
			catch (IllformedLocaleException ex) {
				return InputValidator.accept("'" + value + "' is not a BCP 47 language tag. Accepted: e.g. en, "
						+ "ru, be, ru-Cyrl, be-Latn.", context);
			}
		}

	}

}
