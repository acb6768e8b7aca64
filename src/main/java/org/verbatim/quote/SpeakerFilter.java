package org.verbatim.quote;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.party.PartyService;
import org.verbatim.shared.Names;

import org.springframework.stereotype.Component;

/**
 * Resolves a {@code speaker} filter to the speakers it stands for.
 */
@Component
class SpeakerFilter {

	private final PartyService parties;

	SpeakerFilter(PartyService parties) {
		this.parties = parties;
	}

	/**
	 * A name that resolves to people or organisations stands for them; otherwise it may
	 * be the wording of a group ("certain political experts").
	 */
	Speakers resolve(String speaker) {
		PartyService.Resolved resolved = this.parties.resolve(speaker);
		return Speakers.of(resolved.people(), resolved.organisations(), speaker);
	}

	/**
	 * A group's wording as filters compare it: normalised as people's names are, so that
	 * case, accents and punctuation do not matter; {@code null} when nothing is left of
	 * it.
	 */
	static @Nullable String wording(String speaker) {
		String wording = Names.normalize(speaker);
		return wording.isEmpty() ? null : wording;
	}

	/**
	 * The people and organisations a filter names, and the wording of groups it names
	 * (normalised, see {@link #wording}).
	 */
	record Speakers(List<Long> people, List<Long> organisations, @Nullable String groupWording) {

		static Speakers of(List<Long> people, List<Long> organisations, String speaker) {
			boolean named = !people.isEmpty() || !organisations.isEmpty();
			return new Speakers(people, organisations, named ? null : wording(speaker));
		}

		static Speakers person(long id) {
			return new Speakers(List.of(id), List.of(), null);
		}

		static Speakers organisation(long id) {
			return new Speakers(List.of(), List.of(id), null);
		}

		/**
		 * The people, when the filter names people only: the topic rows carry a quote's
		 * speaker only when it is a person (ADR 0012).
		 */
		@Nullable List<Long> peopleOnly() {
			boolean peopleOnly = !this.people.isEmpty() && this.organisations.isEmpty() && this.groupWording == null;
			return peopleOnly ? this.people : null;
		}

	}

}
