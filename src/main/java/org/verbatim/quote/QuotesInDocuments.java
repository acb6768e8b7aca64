package org.verbatim.quote;

import java.util.Comparator;
import java.util.List;

import org.verbatim.document.DocumentQuotes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells documents which quotes are anchored in them and which documents quote a speaker.
 */
@Component
@Transactional(readOnly = true)
class QuotesInDocuments implements DocumentQuotes {

	private final QuoteRepository quotes;

	private final SpeakerFilter speakers;

	private final QuoteListQuery list;

	QuotesInDocuments(QuoteRepository quotes, SpeakerFilter speakers, QuoteListQuery list) {
		this.quotes = quotes;
		this.speakers = speakers;
		this.list = list;
	}

	@Override
	public List<AnchoredQuote> anchoredIn(long documentId) {
		return this.quotes.findByDocumentId(documentId).stream().map(quote -> {
			QuoteView.SpeakerView speaker = QuoteView.SpeakerView.of(quote);
			return new AnchoredQuote(quote.id(), quote.text(), quote.kind().name(), speaker.kind().name(),
					speaker.name(), speaker.slug(), quote.occurrences());
		}).sorted(Comparator.comparingInt((AnchoredQuote q) -> q.occurrences().get(0).start())).toList();
	}

	@Override
	public List<Long> documentsQuoting(String speaker) {
		return documentsQuoting(this.speakers.resolve(speaker));
	}

	@Override
	public List<Long> documentsQuoting(List<Long> people, List<Long> organisations, String speaker) {
		return documentsQuoting(SpeakerFilter.Speakers.of(people, organisations, speaker));
	}

	private List<Long> documentsQuoting(SpeakerFilter.Speakers resolved) {
		// Only the ids: a speaker may have said thousands of things.
		return this.list.documentIds(QuoteFilter.of(resolved));
	}

}
