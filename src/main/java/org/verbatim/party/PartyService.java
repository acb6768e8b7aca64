package org.verbatim.party;

import java.util.LinkedHashSet;
import java.util.List;
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
import org.verbatim.shared.Names;
import org.verbatim.web.InvalidParameterException;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;

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

	PartyService(PersonRepository people, OrganisationRepository organisations) {
		this.people = people;
		this.organisations = organisations;
	}

	/**
	 * The ids of every person whose slug or any name variant is this name (case and
	 * accents ignored).
	 */
	public List<Long> resolvePeople(String nameOrSlug) {
		// Two indexed lookups rather than one OR across person and variant, which no
		// index serves.
		return union(this.people.findIdBySlug(nameOrSlug.strip().toLowerCase(Locale.ROOT)),
				this.people.findIdsByVariant(Names.normalize(nameOrSlug)));
	}

	/** The ids of every organisation whose slug or any name variant is this name. */
	public List<Long> resolveOrganisations(String nameOrSlug) {
		return union(this.organisations.findIdBySlug(nameOrSlug.strip().toLowerCase(Locale.ROOT)),
				this.organisations.findIdsByVariant(Names.normalize(nameOrSlug)));
	}

	private static List<Long> union(Optional<Long> bySlug, List<Long> byVariant) {
		Set<Long> ids = new LinkedHashSet<>();
		bySlug.ifPresent(ids::add);
		ids.addAll(byVariant);
		return List.copyOf(ids);
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
			var rows = this.people.findRows(pageable(page, "canonicalName"));
			return PagedResponse.of(
					rows.map(r -> new PersonSummary(r.slug(), r.name(), r.description(), List.of())).getContent(), page,
					rows.getTotalElements());
		}
		String query = searchable(q);
		return pageOf(NameMatch.rank(this.people.matching(NameMatch.containsPattern(query)), query), page,
				r -> new PersonSummary(r.first().slug(), r.first().name(), r.first().description(), variants(r)));
	}

	PagedResponse<OrganisationSummary> organisations(@Nullable String q, PageQuery page) {
		if (q == null) {
			var rows = this.organisations.findRows(pageable(page, "name"));
			return PagedResponse.of(
					rows.map(r -> new OrganisationSummary(r.slug(), r.name(), r.description(), List.of())).getContent(),
					page, rows.getTotalElements());
		}
		String query = searchable(q);
		return pageOf(NameMatch.rank(this.organisations.matching(NameMatch.containsPattern(query)), query), page,
				r -> new OrganisationSummary(r.first().slug(), r.first().name(), r.first().description(), variants(r)));
	}

	PersonDetail person(String slug) {
		return this.people.findBySlug(slug)
			.map(PersonDetail::of)
			.orElseThrow(() -> new NotFoundException("person", slug));
	}

	OrganisationDetail organisation(String slug) {
		return this.organisations.findBySlug(slug)
			.map(OrganisationDetail::of)
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
