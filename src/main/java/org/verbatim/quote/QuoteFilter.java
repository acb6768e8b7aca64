package org.verbatim.quote;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.DateRange;

/**
 * The quote list's filters, resolved to ids, and the JPQL conditions they stand for. Each
 * is optional; they combine with AND. The conditions' text depends on which filters are
 * present and on how many topics and speakers they stand for, never on their values (ADR
 * 0011).
 *
 * @param topics a topic and its subtopics
 * @param speakers what a speaker filter stands for; it matches nothing when it names no
 * one
 */
record QuoteFilter(DateRange dates, @Nullable QuoteKind kind, @Nullable List<Long> topics,
		SpeakerFilter.@Nullable Speakers speakers, @Nullable Long event, @Nullable Long document) {

	QuoteFilter {
		topics = (topics != null) ? List.copyOf(topics) : null;
	}

	static QuoteFilter of(SpeakerFilter.Speakers speakers) {
		return new QuoteFilter(DateRange.ANY, null, null, speakers, null, null);
	}

	/**
	 * Whether the filter names topics and people (and maybe dates): what the topic rows'
	 * copies of the quote's speaker and dates answer (ADR 0012).
	 */
	boolean onTopicsAndPeople() {
		return this.topics != null && this.speakers != null && this.speakers.peopleOnly() != null;
	}

	/** Whether the topic rows' copies alone tell the matches: no other filter. */
	boolean onTopicRowsAlone() {
		return onTopicsAndPeople() && this.kind == null && this.event == null && this.document == null;
	}

	/**
	 * The condition on quotes {@code q}.
	 * @param topicCopies whether the topic rows carry copies of their quote's speaker and
	 * dates (PostgreSQL, ADR 0013)
	 */
	JpqlCondition onQuotes(boolean topicCopies) {
		return overlapping("q.date.earliest", "q.date.latest")
			.and(JpqlCondition.ifGiven("q.kind = :kind", "kind", this.kind))
			// A to-one association compares its foreign key: with the page's fetch
			// joins, q.event.id would be the joined table's id (ADR 0011).
			.and(JpqlCondition.ifGiven("fk(q.event) = :event", "event", this.event))
			.and(JpqlCondition.ifGiven("fk(q.document) = :document", "document", this.document))
			.and(saidByAny())
			.and(taggedWithAny(topicCopies));
	}

	/**
	 * The condition on topic rows {@code t}: the topics, the people and the dates, read
	 * from the rows' copies (ADR 0012).
	 */
	JpqlCondition onTopicRows() {
		if (!onTopicsAndPeople()) {
			throw new IllegalStateException("The topic rows answer topics with people only");
		}
		return JpqlCondition.anyOf("t.id.topic", "topic", this.topics)
			.and(JpqlCondition.anyOf("t.speakerPerson", "person", this.speakers.peopleOnly()))
			.and(overlapping("t.dateEarliest", "t.dateLatest"));
	}

	/**
	 * A range overlaps a date that starts before the range ends and ends after it starts.
	 */
	private JpqlCondition overlapping(String earliest, String latest) {
		return JpqlCondition.ifGiven(earliest + " <= :to", "to", this.dates.to())
			.and(JpqlCondition.ifGiven(latest + " >= :from", "from", this.dates.from()));
	}

	/** Said by any of the speakers. */
	private JpqlCondition saidByAny() {
		if (this.speakers == null) {
			return JpqlCondition.ALWAYS;
		}
		List<JpqlCondition> any = new ArrayList<>();
		if (!this.speakers.people().isEmpty()) {
			any.add(JpqlCondition.anyOf("fk(q.speakerPerson)", "person", this.speakers.people()));
		}
		if (!this.speakers.organisations().isEmpty()) {
			any.add(JpqlCondition.anyOf("fk(q.speakerOrganisation)", "organisation", this.speakers.organisations()));
		}
		if (this.speakers.groupWording() != null) {
			any.add(JpqlCondition.of("q.speakerLabelNormalized = :group", "group", this.speakers.groupWording()));
		}
		return JpqlCondition.either(any);
	}

	/**
	 * Tagged with any of the topics. Where the topic rows carry copies of the quote's
	 * speaker and dates, one index finds a person's quotes on the topics in a range (ADR
	 * 0012); otherwise an EXISTS over the quote's topics, which lists and counts a quote
	 * on several of them once.
	 */
	private JpqlCondition taggedWithAny(boolean topicCopies) {
		if (this.topics == null) {
			return JpqlCondition.ALWAYS;
		}
		if (topicCopies && onTopicsAndPeople()) {
			JpqlCondition rows = onTopicRows();
			return new JpqlCondition("q.id in (select t.id.quote from QuoteTopicRow t where " + rows.jpql() + ")",
					rows.parameters());
		}
		JpqlCondition any = JpqlCondition.anyOf("t.id", "topic", this.topics);
		return new JpqlCondition("exists (select 1 from q.topics t where " + any.jpql() + ")", any.parameters());
	}

}
