package org.verbatim.quote;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A row of quote_topic as the quote list's filter reads it: the topic with the quote's
 * speaker (a person) and dates, copied there by PostgreSQL's triggers (migration V5, ADR
 * 0012). H2 keeps no copies (they are null there, ADR 0013), so only PostgreSQL reads
 * this entity. Read only: {@link Quote#topics()} writes the rows.
 */
@Entity
@Immutable
@Table(name = "quote_topic")
class QuoteTopicRow {

	@EmbeddedId
	private Key id = new Key();

	@Column(name = "speaker_person_id", insertable = false, updatable = false)
	private @Nullable Long speakerPerson;

	@Column(name = "date_earliest", insertable = false, updatable = false)
	private @Nullable LocalDate dateEarliest;

	@Column(name = "date_latest", insertable = false, updatable = false)
	private @Nullable LocalDate dateLatest;

	protected QuoteTopicRow() {
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "quote_id")
		private long quote;

		@Column(name = "topic_id")
		private long topic;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.quote == this.quote && key.topic == this.topic;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.quote, this.topic);
		}

	}

}
