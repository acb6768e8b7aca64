package org.verbatim.document;

import org.verbatim.web.Versioned;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentViews.DocumentDetail;
import org.verbatim.document.DocumentViews.DocumentSummary;
import org.verbatim.party.PartyService;
import org.verbatim.shared.Criteria;
import org.verbatim.shared.DateRange;
import org.verbatim.topic.TopicService;
import org.verbatim.web.InvalidParameterException;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.SortOption;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and finds documents and serves their texts; the quote feature resolves its
 * {@code document} filter here.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

	/** The orders the list offers; the first is the default. */
	static final List<SortOption> SORTS = List.of(SortOption.dateAscending(), SortOption.dateDescending(),
			SortOption.by("title", "title"));

	private final DocumentRepository documents;

	private final DocumentQuotes quotes;

	private final TopicService topics;

	private final PartyService parties;

	DocumentService(DocumentRepository documents, DocumentQuotes quotes, TopicService topics, PartyService parties) {
		this.documents = documents;
		this.quotes = quotes;
		this.topics = topics;
		this.parties = parties;
	}

	/**
	 * The document with this slug.
	 * @param parameter the request parameter the slug came from, named in the 400 if
	 * unknown
	 */
	public Document bySlug(String parameter, String slug) {
		return this.documents.findBySlug(slug.strip())
			.orElseThrow(() -> new InvalidParameterException(parameter, slug,
					"the slug of a document; GET /api/v1/documents lists them"));
	}

	/** The document with this slug, if any. */
	public Optional<Document> find(String slug) {
		return this.documents.findBySlug(slug);
	}

	/**
	 * The filters of the document list; every one is optional and they combine with AND.
	 */
	record Filter(DateRange dates, @Nullable DocumentKind kind, @Nullable String topic, @Nullable String speaker,
			@Nullable String author) {
	}

	PagedResponse<DocumentSummary> list(Filter filter, Sort sort, PageQuery page) {
		return PagedResponse.of(specification(filter), this.documents::findAll, sort, DocumentSummary::of, page);
	}

	/** The document with its quotes, and the version it is served under as its ETag. */
	public Versioned<DocumentDetail> get(String slug) {
		Document document = this.documents.findBySlug(slug).orElseThrow(() -> new NotFoundException("document", slug));
		return new Versioned<>(DocumentDetail.of(document, this.quotes.anchoredIn(document.id())), document.version());
	}

	/** The text with the hash it is served under as its ETag. */
	record Text(String text, String sha256) {
	}

	Text text(String slug) {
		return this.documents.findTextBySlug(slug).orElseThrow(() -> new NotFoundException("document", slug));
	}

	/**
	 * Empty when a filter can match nothing (a speaker nobody is called), to skip the
	 * query.
	 */
	private Optional<Specification<Document>> specification(Filter filter) {
		var topicIds = (filter.topic() != null) ? this.topics.subtreeIds("topic", filter.topic()) : null;
		List<Long> quoting = (filter.speaker() != null) ? this.quotes.documentsQuoting(filter.speaker()) : null;
		List<Long> authors = (filter.author() != null) ? this.parties.resolvePeople(filter.author()) : null;
		if ((quoting != null && quoting.isEmpty()) || (authors != null && authors.isEmpty())) {
			return Optional.empty();
		}
		return Optional.of((root, query, cb) -> {
			List<Predicate> predicates = Criteria.datedKindTopics(root, query, cb, filter.dates(), filter.kind(),
					topicIds);
			if (quoting != null) {
				predicates.add(root.get("id").in(quoting));
			}
			if (authors != null) {
				var sub = query.subquery(Long.class);
				var d = sub.from(Document.class);
				sub.select(d.get("id")).where(d.join("authors").get("person").get("id").in(authors));
				predicates.add(root.get("id").in(sub));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		});
	}

}
