package org.verbatim.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;
import org.verbatim.shared.FuzzyDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Russian and Belarusian text is searchable with words in either language, in any form,
 * and an event saved through the application is indexed as it commits.
 */
class CyrillicSearchTests extends ApiTest {

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void russianWordsFindRussianTextInOtherForms() {
		Long id = this.transactions.execute(status -> {
			Event event = new Event("test-cyrillic-event", "Форум регионов", EventKind.FORUM,
					FuzzyDate.day(LocalDate.of(2024, 6, 27)))
				.describedAs("Вопросы интеграции и единого рынка электроэнергии. Пытанні эканамічнай інтэграцыі.");
			this.entityManager.persist(event);
			return event.id();
		});
		try {
			// Another case of the same Russian word, and a Belarusian word as written.
			assertThat(ids("интеграция")).containsExactly("test-cyrillic-event");
			assertThat(ids("ФОРУМЕ")).containsExactly("test-cyrillic-event");
			assertThat(ids("інтэграцыі")).containsExactly("test-cyrillic-event");
			assertThat(ids("\"единого рынка\"")).containsExactly("test-cyrillic-event");
			assertThat(ids("интеграция -рынка")).isEmpty();
		}
		finally {
			this.transactions
				.executeWithoutResult(status -> this.entityManager.remove(this.entityManager.find(Event.class, id)));
		}
		assertThat(ids("интеграция")).isEmpty();
	}

	private List<String> ids(String q) {
		return get("/api/v1/search?type=event&q=" + enc(q)).json("$.items[*].id");
	}

}
