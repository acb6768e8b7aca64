package org.verbatim.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A text field of an input record: at most {@link #max} characters, counted as Unicode
 * code points (as the columns count them, unlike {@code @Size}), and blank counts as
 * absent. Violations say what {@link Inputs} says for the same rule.
 */
@Documented
@Constraint(validatedBy = Text.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

	/** The most characters accepted: a constant of {@link Limits}. */
	int max();

	/** Whether a non-blank text is required. */
	boolean required() default false;

	String message() default "invalid text";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link Text} field. */
	class Check implements ConstraintValidator<Text, String> {

		private int max;

		private boolean required;

		@Override
		public void initialize(Text text) {
			this.max = text.max();
			this.required = text.required();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			String problem = (value == null || value.isBlank()) ? (this.required ? Inputs.requiredText(this.max) : null)
					: Inputs.tooLong(value, this.max);
			return InputValidator.accept(problem, context);
		}

	}

}
