package org.verbatim.party;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;
import org.verbatim.shared.NameVariant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index follows changes made through the application: a person saved through
 * Hibernate is found under other spellings at once, and not after being deleted.
 */
class PersonIndexTests extends ApiTest {

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aPersonSavedThroughTheApplicationIsFoundAtOnceAndForgottenWhenDeleted() {
		// Another script and a typo: only the index can find these.
		String[] spellings = { "Зинаида Тестова", "Zinaida Testovva" };
		for (String spelling : spellings) {
			assertThat(slugs(spelling)).as(spelling).doesNotContain("zinaida-testova");
		}
		Long id = this.transactions.execute(status -> {
			Person person = new Person("zinaida-testova", "Zinaida Testova", "A person made up for this test")
				.addVariant(new NameVariant("Zinaida Testova", "en", NameVariant.Kind.PRINTED));
			this.entityManager.persist(person);
			return person.id();
		});
		try {
			for (String spelling : spellings) {
				assertThat(slugs(spelling)).as(spelling).containsExactly("zinaida-testova");
			}
		}
		finally {
			this.transactions
				.executeWithoutResult(status -> this.entityManager.remove(this.entityManager.find(Person.class, id)));
		}
		for (String spelling : spellings) {
			assertThat(slugs(spelling)).as(spelling).doesNotContain("zinaida-testova");
		}
	}

	private List<String> slugs(String q) {
		return get("/api/v1/people?q=" + enc(q)).json("$.items[*].slug");
	}

}
