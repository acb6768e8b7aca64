package org.verbatim.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A JPQL condition and the values of its parameters; the empty condition holds always.
 * The text names parameters only, so that conditions of the same shape share one text and
 * Hibernate translates it once (ADR 0011).
 */
record JpqlCondition(String jpql, Map<String, Object> parameters) {

	static final JpqlCondition ALWAYS = new JpqlCondition("", Map.of());

	JpqlCondition {
		parameters = Map.copyOf(parameters);
	}

	static JpqlCondition of(String jpql) {
		return new JpqlCondition(jpql, Map.of());
	}

	static JpqlCondition of(String jpql, String name, Object value) {
		return new JpqlCondition(jpql, Map.of(name, value));
	}

	/**
	 * The condition with its one parameter, or {@link #ALWAYS} when no value is given.
	 */
	static JpqlCondition ifGiven(String jpql, String name, @Nullable Object value) {
		return (value != null) ? of(jpql, name, value) : ALWAYS;
	}

	/**
	 * {@code (expression = :name0 or expression = :name1 ...)}, false for no values. Not
	 * {@code in}: Hibernate keeps no plan of a query with a parameter in an {@code in}
	 * list (ADR 0011).
	 */
	static JpqlCondition anyOf(String expression, String name, Collection<Long> values) {
		List<JpqlCondition> equalities = new ArrayList<>();
		for (Long value : values) {
			String parameter = name + equalities.size();
			equalities.add(of(expression + " = :" + parameter, parameter, value));
		}
		return either(equalities);
	}

	/** Any of the conditions, false for none. */
	static JpqlCondition either(List<JpqlCondition> conditions) {
		if (conditions.isEmpty()) {
			return of("1 = 0");
		}
		StringJoiner any = new StringJoiner(" or ", "(", ")");
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (JpqlCondition condition : conditions) {
			any.add(condition.jpql);
			merge(parameters, condition.parameters);
		}
		return new JpqlCondition(any.toString(), parameters);
	}

	/** Both conditions; a parameter they share must have the same value in both. */
	JpqlCondition and(JpqlCondition other) {
		if (isAlways() || other.isAlways()) {
			return isAlways() ? other : this;
		}
		Map<String, Object> both = new LinkedHashMap<>(this.parameters);
		merge(both, other.parameters);
		return new JpqlCondition(this.jpql + " and " + other.jpql, both);
	}

	private static void merge(Map<String, Object> into, Map<String, Object> parameters) {
		parameters.forEach((name, value) -> into.merge(name, value, (mine, theirs) -> {
			Assert.state(mine.equals(theirs), () -> "two values for :" + name);
			return mine;
		}));
	}

	boolean isAlways() {
		return this.jpql.isEmpty();
	}

	/** {@code " where "} and the condition, or nothing when it holds always. */
	String where() {
		return isAlways() ? "" : " where " + this.jpql;
	}

	/** The query with this condition's parameters bound. */
	<T> TypedQuery<T> bind(TypedQuery<T> query) {
		this.parameters.forEach(query::setParameter);
		return query;
	}

}
