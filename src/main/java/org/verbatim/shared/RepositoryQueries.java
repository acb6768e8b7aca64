package org.verbatim.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * How Spring Data reads the repositories' {@code @Query} strings: with its simple,
 * pattern-based reader rather than its HQL grammar.
 * <p>
 * Spring Data parses every declared query when the repositories are set up, to know how
 * to add a sort or derive a count. With the HQL grammar (ANTLR) that is a large share of
 * the start, most of it the grammar's first use. Our queries need nothing it offers: the paged
 * ones declare their count query and are sorted by plain properties, which the
 * pattern-based reader appends as Spring Data did before it had a grammar. Hibernate
 * still parses and checks each query at start-up ({@code SimpleJpaQuery} validates it),
 * so a wrong query still fails the start.
 */
@Configuration(proxyBeanMethods = false)
class RepositoryQueries {

	@Bean
	static BeanPostProcessor patternBasedQueryReading() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
					factory.setQueryEnhancerSelector(PatternBased.class);
				}
				return bean;
			}
		};
	}

	/** Every query, JPQL or native, read by Spring Data's pattern-based enhancer. */
	public static final class PatternBased implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			return QueryEnhancerFactories.fallback();
		}

	}

}
