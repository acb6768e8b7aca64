package org.verbatim.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.shared.DateRange;
import org.verbatim.web.PageQuery;
import org.verbatim.web.SortOption;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The quote list's conditions and how a page is read, without a database.
 */
class QuoteFilterTests {

	private static final DateRange YEAR_2020 = new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

	private static final Sort OLDEST_FIRST = SortOption.dateAscending().sort();

	private static final Sort NEWEST_FIRST = SortOption.dateDescending().sort();

	@Test
	void filtersOfTheSameShapeShareOneTextWithTheirValuesAsParameters() {
		QuoteFilter one = new QuoteFilter(YEAR_2020, QuoteKind.DIRECT, List.of(1L, 2L), people(7L), 3L, 4L);
		QuoteFilter other = new QuoteFilter(new DateRange(LocalDate.of(1999, 1, 1), LocalDate.of(2001, 6, 30)),
				QuoteKind.SLOGAN, List.of(5L, 6L), people(8L), 9L, 10L);
		for (boolean topicCopies : List.of(false, true)) {
			JpqlCondition first = one.onQuotes(topicCopies);
			assertThat(first.jpql()).isEqualTo(other.onQuotes(topicCopies).jpql()).doesNotContain("in (:");
			assertThat(first.parameters()).containsEntry("to", LocalDate.of(2020, 12, 31))
				.containsEntry("from", LocalDate.of(2020, 1, 1))
				.containsEntry("kind", QuoteKind.DIRECT)
				.containsEntry("event", 3L)
				.containsEntry("document", 4L)
				.containsEntry("person0", 7L)
				.containsEntry("topic0", 1L)
				.containsEntry("topic1", 2L)
				.hasSize(8);
		}
	}

	@Test
	void topicsWithPeopleReadTheTopicRowsOnlyWhereTheyCarryCopies() {
		QuoteFilter filter = new QuoteFilter(YEAR_2020, null, List.of(1L, 2L), people(7L, 8L), null, null);
		assertThat(filter.onQuotes(false).jpql()).contains("exists (select 1 from q.topics t where")
			.doesNotContain("QuoteTopicRow");
		assertThat(filter.onQuotes(true).jpql()).contains("q.id in (select t.id.quote from QuoteTopicRow t where")
			.doesNotContain("exists");
		assertThat(filter.onTopicRows().jpql())
			.isEqualTo("(t.id.topic = :topic0 or t.id.topic = :topic1) and (t.speakerPerson = :person0 or "
					+ "t.speakerPerson = :person1) and t.dateEarliest <= :to and t.dateLatest >= :from");
		assertThat(filter.onTopicRows().parameters()).containsEntry("person1", 8L).hasSize(6);
	}

	@Test
	void anOrganisationOrAGroupKeepsTheExistsOverTheTopics() {
		var organisation = new SpeakerFilter.Speakers(List.of(7L), List.of(9L), null);
		var group = new SpeakerFilter.Speakers(List.of(), List.of(), "certain political experts");
		for (var speakers : List.of(organisation, group)) {
			QuoteFilter filter = new QuoteFilter(DateRange.ANY, null, List.of(1L), speakers, null, null);
			assertThat(filter.onTopicsAndPeople()).isFalse();
			assertThat(filter.onQuotes(true).jpql()).contains("exists (select 1 from q.topics t")
				.doesNotContain("QuoteTopicRow");
			assertThatIllegalStateException().isThrownBy(filter::onTopicRows);
		}
	}

	@Test
	void aSpeakerFilterThatNamesNoOneMatchesNothing() {
		QuoteFilter filter = QuoteFilter.of(new SpeakerFilter.Speakers(List.of(), List.of(), null));
		assertThat(filter.onQuotes(true)).isEqualTo(new JpqlCondition("1 = 0", Map.of()));
		assertThat(filter.onQuotes(true).where()).isEqualTo(" where 1 = 0");
	}

	@Test
	void noFilterIsNoCondition() {
		QuoteFilter none = new QuoteFilter(DateRange.ANY, null, null, null, null, null);
		assertThat(none.onQuotes(true).isAlways()).isTrue();
		assertThat(none.onQuotes(true).where()).isEmpty();
	}

	@Test
	void aParameterSharedByTwoConditionsMustHaveOneValue() {
		JpqlCondition to = JpqlCondition.of("q.date.earliest <= :to", "to", LocalDate.of(2020, 1, 1));
		assertThat(to.and(JpqlCondition.of("t.dateEarliest <= :to", "to", LocalDate.of(2020, 1, 1))).parameters())
			.hasSize(1);
		assertThatIllegalStateException()
			.isThrownBy(() -> to.and(JpqlCondition.of("t.dateEarliest <= :to", "to", LocalDate.of(2021, 1, 1))));
	}

	@Test
	void eachPageIsReadInTheWayItsFilterOrderAndPlaceCallFor() {
		QuoteFilter topicRows = new QuoteFilter(YEAR_2020, null, List.of(1L), people(7L), null, null);
		QuoteFilter withKind = new QuoteFilter(YEAR_2020, QuoteKind.DIRECT, List.of(1L), people(7L), null, null);
		PageQuery first = new PageQuery(0, 20);
		PageQuery third = new PageQuery(2, 20);
		assertThat(QuoteListQuery.Paging.of(topicRows, NEWEST_FIRST, third, true))
			.isEqualTo(QuoteListQuery.Paging.TOPIC_ROWS);
		assertThat(QuoteListQuery.Paging.of(topicRows, OLDEST_FIRST, first, false))
			.isEqualTo(QuoteListQuery.Paging.PAGE);
		assertThat(QuoteListQuery.Paging.of(withKind, OLDEST_FIRST, first, true)).isEqualTo(QuoteListQuery.Paging.PAGE);
		assertThat(QuoteListQuery.Paging.of(withKind, NEWEST_FIRST, first, true))
			.isEqualTo(QuoteListQuery.Paging.NEWEST_FIRST);
		assertThat(QuoteListQuery.Paging.of(withKind, OLDEST_FIRST, third, true))
			.isEqualTo(QuoteListQuery.Paging.IDS_FIRST);
	}

	private static SpeakerFilter.Speakers people(Long... ids) {
		return new SpeakerFilter.Speakers(List.of(ids), List.of(), null);
	}

}
