package org.verbatim.topic;

import org.verbatim.shared.Audited;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.SlugRecord;
import org.verbatim.shared.Slugs;

/**
 * A subject of the archive, possibly under a broader one (electricity under energy under
 * economy).
 */
@Entity
@Table(name = "topic")
public class Topic extends Audited implements SlugRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
	@SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String label;

	private @Nullable String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private @Nullable Topic parent;

	/** Deeper than any real hierarchy; guards against a cycle in bad data. */
	private static final int MAX_DEPTH = 32;

	protected Topic() {
		this.slug = "";
		this.label = "";
	}

	Topic(String slug, String label, @Nullable String description, @Nullable Topic parent) {
		this.slug = Slugs.require(slug);
		this.label = label;
		this.description = description;
		this.parent = parent;
	}

	public @Nullable Long id() {
		return this.id;
	}

	public String slug() {
		return this.slug;
	}

	public String label() {
		return this.label;
	}

	public @Nullable String description() {
		return this.description;
	}

	public @Nullable Topic parent() {
		return this.parent;
	}

	/** Replaces the editable state; the slug stays, as other records and URLs use it. */
	void replace(String label, @Nullable String description, @Nullable Topic parent) {
		this.label = label;
		this.description = description;
		this.parent = parent;
		touch();
	}

	/**
	 * This topic's slug and those of the topics above it, so that an item tagged
	 * "electricity market" is found, and counted, under "energy" and "economy" too.
	 */
	public List<String> slugAndAncestors() {
		List<String> slugs = new ArrayList<>();
		// The parent is a lazy proxy whose fields are empty until unproxied.
		for (Topic topic = this; topic != null
				&& slugs.size() < MAX_DEPTH; topic = (Topic) Hibernate.unproxy(topic.parent)) {
			slugs.add(topic.slug);
		}
		return slugs;
	}

}
