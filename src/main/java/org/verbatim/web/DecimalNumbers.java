package org.verbatim.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in paths and parameters are plain decimals. Spring would also read
 * {@code 0x9}, {@code #9} and {@code +9} as 9, giving one quote many addresses.
 */
@ControllerAdvice
class DecimalNumbers {

	@InitBinder
	void decimalOnly(WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf));
		binder.registerCustomEditor(int.class, new Decimal(Integer::valueOf));
		binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf));
		binder.registerCustomEditor(long.class, new Decimal(Long::valueOf));
	}

	private static final class Decimal extends PropertyEditorSupport {

		private final Function<String, Number> parse;

		Decimal(Function<String, Number> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			String trimmed = (text != null) ? text.strip() : "";
			if (trimmed.isEmpty()) {
				setValue(null);
				return;
			}
			if (!trimmed.matches("-?\\d{1,19}")) {
				throw new IllegalArgumentException("Not a decimal whole number: " + text);
			}
			setValue(this.parse.apply(trimmed));
		}

	}

}
