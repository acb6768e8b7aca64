package org.verbatim.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string read into a request's records passes {@link StorableText}: a text the
 * archive cannot store as given is a 400 naming its JSON Pointer, before anything is
 * written. Strings reach records two ways: as String values, and through the creators of
 * the short forms (a topic or a person as its slug, a date as a string).
 */
class StorableTextModule extends SimpleModule {

	StorableTextModule() {
		super("verbatim-storable-text");
		addDeserializer(String.class, new CheckedStrings());
	}

	@Override
	public void setupModule(SetupContext context) {
		super.setupModule(context);
		context.addValueInstantiators(new ValueInstantiators() {

			@Override
			public ValueInstantiator findValueInstantiator(DeserializationConfig config,
					BeanDescription.Supplier description) {
				return null;
			}

			@Override
			public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
					BeanDescription.Supplier description, ValueInstantiator instantiator) {
				return instantiator.canCreateFromString() ? new CheckedShortForms(instantiator) : instantiator;
			}

		});
	}

	private static <T> T refuse(DeserializationContext context, Class<?> type, String problem) {
		return context.reportInputMismatch(type, "%s Accepted: %s.", problem, StorableText.ACCEPTED);
	}

	private static final class CheckedStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			String problem = (text != null) ? StorableText.problem(text) : null;
			return (problem != null) ? refuse(context, String.class, problem) : text;
		}

	}

	private static final class CheckedShortForms extends ValueInstantiator.Delegating {

		CheckedShortForms(ValueInstantiator delegate) {
			super(delegate);
		}

		@Override
		public ValueInstantiator createContextual(DeserializationContext context,
				BeanDescription.Supplier description) {
			ValueInstantiator contextual = delegate().createContextual(context, description);
			return (contextual == delegate()) ? this : new CheckedShortForms(contextual);
		}

		@Override
		public Object createFromString(DeserializationContext context, String value) {
			String problem = StorableText.problem(value);
			return (problem != null) ? refuse(context, getValueClass(), problem)
					: delegate().createFromString(context, value);
		}

	}

}
