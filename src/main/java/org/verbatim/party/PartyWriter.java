package org.verbatim.party;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.party.PartyInputs.RoleInput;
import org.verbatim.party.PartyInputs.VariantInput;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.NameVariant;
import org.verbatim.shared.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes people and organisations, and resolves those a request refers to or creates
 * inline. Runs in the caller's transaction, so that a request that fails later stores
 * nobody either.
 */
@Service
@Transactional
public class PartyWriter {

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	PartyWriter(PersonRepository people, OrganisationRepository organisations) {
		this.people = people;
		this.organisations = organisations;
	}

	public Person resolvePerson(@Nullable PersonInput input, String pointer) {
		if (input == null) {
			throw new InvalidInputException(pointer,
					"Required: a person's slug, or an object with `name` to create one.");
		}
		if (input.name() == null) {
			String slug = Inputs.required(input.slug(), pointer, 100);
			return this.people.findBySlug(slug)
				.orElseThrow(() -> new InvalidInputException(pointer, "No person has the slug '" + slug + "'. Refer to "
						+ "an existing person (GET /api/v1/people), or give `name` to create one."));
		}
		String name = Inputs.required(input.name(), pointer + "/name", 300);
		String slug = Slugs.givenOrFrom(input.slug(), name, pointer);
		Person existing = this.people.findBySlug(slug).orElse(null);
		if (existing != null) {
			if (!existing.canonicalName().equals(name)) {
				throw new InvalidInputException(pointer + "/name", "The slug '" + slug + "' is taken by '"
						+ existing.canonicalName() + "'. Refer to that person by slug, or give another slug.");
			}
			return existing;
		}
		Person person = new Person(slug, name, null);
		person.replace(name, Inputs.optional(input.description(), pointer + "/description", 2000),
				variants(input.variants(), pointer + "/variants"), roles(input.roles(), pointer + "/roles"));
		return this.people.save(person);
	}

	public Organisation resolveOrganisation(@Nullable OrganisationInput input, String pointer) {
		if (input == null) {
			throw new InvalidInputException(pointer,
					"Required: an organisation's slug, or an object with `name` to create one.");
		}
		if (input.name() == null) {
			String slug = Inputs.required(input.slug(), pointer, 100);
			return this.organisations.findBySlug(slug)
				.orElseThrow(() -> new InvalidInputException(pointer, "No organisation has the slug '" + slug
						+ "'. Refer to an existing one (GET /api/v1/organisations), or give `name` to create one."));
		}
		String name = Inputs.required(input.name(), pointer + "/name", 300);
		String slug = Slugs.givenOrFrom(input.slug(), name, pointer);
		Organisation existing = this.organisations.findBySlug(slug).orElse(null);
		if (existing != null) {
			if (!existing.name().equals(name)) {
				throw new InvalidInputException(pointer + "/name", "The slug '" + slug + "' is taken by '"
						+ existing.name() + "'. Refer to that organisation by slug, or give another slug.");
			}
			return existing;
		}
		Organisation organisation = new Organisation(slug, name, null);
		organisation.replace(name, Inputs.optional(input.description(), pointer + "/description", 2000),
				variants(input.variants(), pointer + "/variants"));
		return this.organisations.save(organisation);
	}

	List<NameVariant> variants(@Nullable List<VariantInput> inputs, String pointer) {
		List<NameVariant> variants = new ArrayList<>();
		if (inputs != null) {
			for (int i = 0; i < inputs.size(); i++) {
				VariantInput v = inputs.get(i);
				String at = pointer + "/" + i;
				if (v == null) {
					throw new InvalidInputException(at, "Required: a name variant object.");
				}
				variants.add(new NameVariant(Inputs.required(v.name(), at + "/name", 300), Inputs.languageTag(v
					.language(), at + "/language"), Inputs.present(v.kind(), at + "/kind",
							"one of PRINTED, CONVENTIONAL, TRANSLITERATION, ORIGINAL_SCRIPT, SURNAME, SHORT_FORM")));
			}
		}
		return variants;
	}

	List<PersonRole> roles(@Nullable List<RoleInput> inputs, String pointer) {
		List<PersonRole> roles = new ArrayList<>();
		if (inputs != null) {
			for (int i = 0; i < inputs.size(); i++) {
				RoleInput r = inputs.get(i);
				String at = pointer + "/" + i;
				if (r == null) {
					throw new InvalidInputException(at, "Required: a role object.");
				}
				Organisation organisation = (r.organisation() != null)
						? resolveOrganisation(OrganisationInput.ref(r.organisation()), at + "/organisation") : null;
				roles.add(new PersonRole(Inputs.required(r.title(), at + "/title", 500), organisation,
						(r.from() != null) ? r.from().toFuzzyDate(at + "/from") : null,
						(r.to() != null) ? r.to().toFuzzyDate(at + "/to") : null,
						Inputs.optional(r.sourceNote(), at + "/sourceNote", 500)));
			}
		}
		return roles;
	}

}
