package org.verbatim.shared;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks an input record against its Bean Validation annotations ({@link Text},
 * {@link LanguageTag}, and {@code @Valid} on the inputs it holds) and refuses it with an
 * {@link InvalidInputException} naming each violation by its JSON Pointer. Every write
 * path calls it on what it is about to store (the body of a POST or PUT, the merged input
 * of a PATCH, each document, quote and annotation of a curation or an import line), so
 * that the same input gets the same 422 everywhere.
 */
@Component
public class InputValidator {

	/** JSON Pointers in body order: list items by their number, not as text. */
	private static final Comparator<InvalidInputException.InputError> BY_POINTER = (a, b) -> {
		String[] left = a.pointer().split("/");
		String[] right = b.pointer().split("/");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int order = (left[i].matches("\\d+") && right[i].matches("\\d+"))
					? Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i])) : left[i].compareTo(right[i]);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(left.length, right.length);
	};

	private final Validator validator;

	InputValidator(Validator validator) {
		this.validator = validator;
	}

	/**
	 * Refuses {@code input} if it breaks a constraint.
	 * @param pointer where the input stands in the request body: "" for the whole body,
	 * {@code /quotes/0} for a quote of a document
	 */
	public void validate(Object input, String pointer) {
		List<InvalidInputException.InputError> errors = this.validator.validate(input)
			.stream()
			.map(violation -> new InvalidInputException.InputError(pointer + pointer(violation.getPropertyPath()),
					violation.getMessage()))
			.distinct()
			.sorted(BY_POINTER)
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** A property path ({@code quotes[0].speaker.person.name}) as a JSON Pointer. */
	private static String pointer(Path path) {
		StringBuilder pointer = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getIndex() != null) {
				pointer.append('/').append(node.getIndex());
			}
			if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
				pointer.append('/').append(node.getName().replace("~", "~0").replace("/", "~1"));
			}
		}
		return pointer.toString();
	}

	/**
	 * For the constraints of this package: reports {@code problem} as the violation's
	 * detail, word for word (escaped, so that no text of the request is read as a message
	 * expression); valid when there is none.
	 */
	static boolean accept(@Nullable String problem, ConstraintValidatorContext context) {
		if (problem == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(problem.replaceAll("[\\\\{}$]", "\\\\$0"))
			.addConstraintViolation();
		return false;
	}

}
