package org.verbatim.party;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.verbatim.party.PartyViews.NameVariantView;
import org.verbatim.party.PartyViews.OrganisationDetail;
import org.verbatim.party.PartyViews.OrganisationSummary;
import org.verbatim.party.PartyViews.PersonDetail;
import org.verbatim.party.PartyViews.PersonSummary;
import org.verbatim.shared.WriteAwareCache;
import org.verbatim.shared.Names;
import org.verbatim.web.InvalidParameterException;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.Versioned;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people and organisations by slug or by any spelling of their names. Other
 * features resolve the {@code speaker}, {@code author} and {@code participant} filters
 * here.
 */
@Service
@Transactional(readOnly = true)
public class PartyService {

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final NameSearch nameSearch;

	private final WriteAwareCache<String, Resolved> resolved = new WriteAwareCache<>(10_000, Duration.ofSeconds(10));

	PartyService(PersonRepository people, OrganisationRepository organisations, NameSearch nameSearch) {
		this.people = people;
		this.organisations = organisations;
		this.nameSearch = nameSearch;
	}

	/**
	 * The ids of every person this name may mean, best first; see {@link #resolve}.
	 */
	public List<Long> resolvePeople(String nameOrSlug) {
		return resolve(nameOrSlug).people();
	}

	/** The people and organisations a name or slug stands for. */
	public record Resolved(List<Long> people, List<Long> organisations) {
	}

	/**
	 * The people and organisations this name may mean, best first. A slug names exactly
	 * its record. A name may mean several: every person and organisation with a curated
	 * variant equal to it (case and accents ignored), then those whose names match it in
	 * another script or with one wrong letter, through the search index. An ambiguous
	 * name gives every candidate.
	 * <p>
	 * Remembered until the next write: filters by speaker, author or participant ask for
	 * the same few names again and again, and resolving one costs four queries and two
	 * index searches.
	 */
	public Resolved resolve(String nameOrSlug) {
		return this.resolved.get(nameOrSlug, this::resolveNow);
	}

	private Resolved resolveNow(String nameOrSlug) {
		String slug = nameOrSlug.strip().toLowerCase(Locale.ROOT);
		Optional<Long> person = this.people.findIdBySlug(slug);
		if (person.isPresent()) {
			return new Resolved(List.of(person.get()), List.of());
		}
		Optional<Long> organisation = this.organisations.findIdBySlug(slug);
		if (organisation.isPresent()) {
			return new Resolved(List.of(), List.of(organisation.get()));
		}
		// Indexed lookups one by one rather than one OR across person and variant, which
		// no index serves.
		String normalized = Names.normalize(nameOrSlug);
		Set<Long> people = new LinkedHashSet<>(this.people.findIdsByVariant(normalized));
		people.addAll(this.nameSearch.find(Person.class, nameOrSlug));
		Set<Long> organisations = new LinkedHashSet<>(this.organisations.findIdsByVariant(normalized));
		organisations.addAll(this.nameSearch.find(Organisation.class, nameOrSlug));
		return new Resolved(List.copyOf(people), List.copyOf(organisations));
	}

	/** The slugs of these people and organisations, people first. */
	public List<String> slugsOf(List<Long> people, List<Long> organisations) {
		List<String> slugs = new ArrayList<>();
		if (!people.isEmpty()) {
			slugs.addAll(this.people.findSlugsByIdIn(people));
		}
		if (!organisations.isEmpty()) {
			slugs.addAll(this.organisations.findSlugsByIdIn(organisations));
		}
		return slugs;
	}

	/** The id of the person with this slug. */
	public long personId(String slug) {
		return this.people.findIdBySlug(slug).orElseThrow(() -> new NotFoundException("person", slug));
	}

	/** The id of the organisation with this slug. */
	public long organisationId(String slug) {
		return this.organisations.findIdBySlug(slug).orElseThrow(() -> new NotFoundException("organisation", slug));
	}

	PagedResponse<PersonSummary> people(@Nullable String q, PageQuery page) {
		if (q == null) {
			return PagedResponse.of(this.people.findRows(pageable(page, "canonicalName")),
					r -> new PersonSummary(r.slug(), r.name(), r.description(), List.of()), page);
		}
		String query = searchable(q);
		List<NameMatch.Ranked> ranked = new ArrayList<>(NameMatch.rank(NameMatch
			.of(this.people.matchingVariants(NameMatch.containsPattern(query)), this.people::findOwnersByIdIn), query));
		ranked.addAll(otherSpellings(q, ranked, Person.class, this.people::findByIdIn));
		return pageOf(ranked, page,
				r -> new PersonSummary(r.first().slug(), r.first().name(), r.first().description(), variants(r)));
	}

	/**
	 * People or organisations the search index finds under another script or with one
	 * wrong letter, that no variant contains verbatim; each with the variants whose
	 * transliterated words match, ranked after the verbatim matches.
	 */
	private <T extends Named> List<NameMatch.Ranked> otherSpellings(String q, List<NameMatch.Ranked> verbatim,
			Class<T> type, Function<List<Long>, List<T>> load) {
		Set<Long> known = new LinkedHashSet<>();
		verbatim.forEach(r -> known.add(r.first().ownerId()));
		List<Long> ids = this.nameSearch.find(type, q).stream().filter(id -> !known.contains(id)).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		List<String> words = NameKeys.words(q);
		Map<Long, T> byId = new LinkedHashMap<>();
		load.apply(ids).forEach(owner -> byId.put(owner.id(), owner));
		List<NameMatch.Ranked> ranked = new ArrayList<>();
		for (Long id : ids) {
			T owner = byId.get(id);
			if (owner == null) {
				continue;
			}
			List<NameMatch> matched = owner.variants()
				.stream()
				.filter(variant -> NameKeys.matches(words, NameKeys.words(variant.name())))
				.map(variant -> new NameMatch(id, owner.slug(), owner.displayName(), owner.description(),
						variant.name(), variant.normalizedName(), variant.languageTag(), variant.kind()))
				.toList();
			if (!matched.isEmpty()) {
				ranked.add(new NameMatch.Ranked(NameMatch.OTHER_SPELLING, matched));
			}
		}
		return ranked;
	}

	PagedResponse<OrganisationSummary> organisations(@Nullable String q, PageQuery page) {
		if (q == null) {
			return PagedResponse.of(this.organisations.findRows(pageable(page, "name")),
					r -> new OrganisationSummary(r.slug(), r.name(), r.description(), List.of()), page);
		}
		String query = searchable(q);
		List<NameMatch.Ranked> ranked = new ArrayList<>(
				NameMatch.rank(NameMatch.of(this.organisations.matchingVariants(NameMatch.containsPattern(query)),
						this.organisations::findOwnersByIdIn), query));
		ranked.addAll(otherSpellings(q, ranked, Organisation.class, this.organisations::findByIdIn));
		return pageOf(ranked, page,
				r -> new OrganisationSummary(r.first().slug(), r.first().name(), r.first().description(), variants(r)));
	}

	/** The person, with the version it is served under as its ETag. */
	Versioned<PersonDetail> person(String slug) {
		return this.people.findBySlug(slug)
			.map(person -> new Versioned<>(PersonDetail.of(person), person.version()))
			.orElseThrow(() -> new NotFoundException("person", slug));
	}

	/** The organisation, with the version it is served under as its ETag. */
	Versioned<OrganisationDetail> organisation(String slug) {
		return this.organisations.findBySlug(slug)
			.map(organisation -> new Versioned<>(OrganisationDetail.of(organisation), organisation.version()))
			.orElseThrow(() -> new NotFoundException("organisation", slug));
	}

	/** The normalised {@code q}; one without a letter or digit would match every name. */
	private static String searchable(String q) {
		String query = Names.normalize(q);
		if (query.isEmpty()) {
			throw new InvalidParameterException("q", q, "text with at least one letter or digit (punctuation and "
					+ "accents are ignored); leave q out to list everyone");
		}
		return query;
	}

	private static PageRequest pageable(PageQuery page, String nameProperty) {
		return PageRequest.of(page.page(), page.size(), Sort.by(nameProperty, "slug"));
	}

	private static List<NameVariantView> variants(NameMatch.Ranked ranked) {
		return ranked.variants()
			.stream()
			.map(m -> new NameVariantView(m.variant(), m.languageTag(), m.kind()))
			.toList();
	}

	private static <T> PagedResponse<T> pageOf(List<NameMatch.Ranked> ranked, PageQuery page,
			Function<NameMatch.Ranked, T> view) {
		List<T> items = ranked.stream().skip(page.offset()).limit(page.size()).map(view).toList();
		return PagedResponse.of(items, page, ranked.size());
	}

}
