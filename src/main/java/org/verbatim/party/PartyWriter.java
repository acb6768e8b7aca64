package org.verbatim.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.party.PartyInputs.RoleInput;
import org.verbatim.party.PartyInputs.VariantInput;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.DateInput;
import org.verbatim.shared.NameVariant;
import org.verbatim.shared.References;
import org.verbatim.shared.SlugLookups;
import org.verbatim.shared.Slugs;
import org.verbatim.web.ConflictException;
import org.verbatim.web.MergePatch;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.Preconditions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes people and organisations: creates, replaces, patches and deletes them for the
 * API, and resolves those a request refers to or creates inline. Runs in the caller's
 * transaction, so that a request that fails later stores nobody either.
 */
@Service
@Transactional
public class PartyWriter {

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final MergePatch mergePatch;

	private final List<References> references;

	PartyWriter(PersonRepository people, OrganisationRepository organisations, MergePatch mergePatch,
			List<References> references) {
		this.people = people;
		this.organisations = organisations;
		this.mergePatch = mergePatch;
		this.references = references;
	}

	/**
	 * Looks up at once the people and organisations that the coming
	 * {@link #resolvePerson} and {@link #resolveOrganisation} calls of this transaction
	 * will name, so that those need no query each.
	 */
	public void prefetch(Collection<String> people, Collection<String> organisations) {
		SlugLookups.prefetch(Person.class, people, this.people::findBySlugIn, Person::slug);
		SlugLookups.prefetch(Organisation.class, organisations, this.organisations::findBySlugIn, Organisation::slug);
	}

	public Person resolvePerson(@Nullable PersonInput input, String pointer) {
		if (input == null) {
			throw new InvalidInputException(pointer,
					"Required: a person's slug, or an object with `name` to create one.");
		}
		if (input.name() == null) {
			String slug = Inputs.required(input.slug(), pointer, 100);
			return SlugLookups.find(Person.class, slug, () -> this.people.findBySlug(slug))
				.orElseThrow(() -> new InvalidInputException(pointer, "No person has the slug '" + slug + "'. Refer to "
						+ "an existing person (GET /api/v1/people), or give `name` to create one."));
		}
		String name = Inputs.required(input.name(), pointer + "/name", 300);
		String slug = Slugs.givenOrFrom(input.slug(), name, pointer);
		Person existing = SlugLookups.find(Person.class, slug, () -> this.people.findBySlug(slug)).orElse(null);
		if (existing != null) {
			if (!existing.canonicalName().equals(name)) {
				throw new InvalidInputException(pointer + "/name", "The slug '" + slug + "' is taken by '"
						+ existing.canonicalName() + "'. Refer to that person by slug, or give another slug.");
			}
			return existing;
		}
		Person person = new Person(slug, name, null);
		fill(person, input, pointer);
		return SlugLookups.created(Person.class, slug, this.people.save(person));
	}

	public Organisation resolveOrganisation(@Nullable OrganisationInput input, String pointer) {
		if (input == null) {
			throw new InvalidInputException(pointer,
					"Required: an organisation's slug, or an object with `name` to create one.");
		}
		if (input.name() == null) {
			String slug = Inputs.required(input.slug(), pointer, 100);
			return SlugLookups.find(Organisation.class, slug, () -> this.organisations.findBySlug(slug))
				.orElseThrow(() -> new InvalidInputException(pointer, "No organisation has the slug '" + slug
						+ "'. Refer to an existing one (GET /api/v1/organisations), or give `name` to create one."));
		}
		String name = Inputs.required(input.name(), pointer + "/name", 300);
		String slug = Slugs.givenOrFrom(input.slug(), name, pointer);
		Organisation existing = SlugLookups.find(Organisation.class, slug, () -> this.organisations.findBySlug(slug))
			.orElse(null);
		if (existing != null) {
			if (!existing.name().equals(name)) {
				throw new InvalidInputException(pointer + "/name", "The slug '" + slug + "' is taken by '"
						+ existing.name() + "'. Refer to that organisation by slug, or give another slug.");
			}
			return existing;
		}
		Organisation organisation = new Organisation(slug, name, null);
		fill(organisation, input, pointer);
		return SlugLookups.created(Organisation.class, slug, this.organisations.save(organisation));
	}

	/** A new person; 409 when the slug is taken, even by a person of the same name. */
	Person createPerson(PersonInput input) {
		String name = Inputs.required(input.name(), "/name", 300);
		String slug = Slugs.givenOrFrom(input.slug(), name, "");
		if (this.people.existsBySlug(slug)) {
			throw new ConflictException("A person with the slug '" + slug + "' exists already. Change them with "
					+ "PUT /api/v1/people/" + slug + ", or give this person another slug.",
					List.of("/api/v1/people/" + slug));
		}
		Person person = new Person(slug, name, null);
		fill(person, input, "");
		return this.people.save(person);
	}

	/** Replaces everything but the slug, if {@code ifMatch} names the current version. */
	Person replacePerson(String slug, @Nullable String ifMatch, PersonInput input) {
		Person person = person(slug, ifMatch);
		keepSlug(slug, input.slug(), "A person's");
		fill(person, input, "");
		return person;
	}

	/**
	 * Applies a JSON merge patch to the input that recreates the person, and stores the
	 * result as {@link #replacePerson} does.
	 */
	Person patchPerson(String slug, @Nullable String ifMatch, JsonNode patch) {
		Person person = person(slug, ifMatch);
		PersonInput input = this.mergePatch.apply(inputOf(person), patch, PersonInput.class);
		keepSlug(slug, input.slug(), "A person's");
		fill(person, input, "");
		return person;
	}

	/** Deletes the person; 409 naming what still refers to them. */
	void deletePerson(String slug, @Nullable String ifMatch) {
		Person person = person(slug, ifMatch);
		List<String> referrers = References.describe(this.references, References.Target.PERSON, idOf(person.id()));
		if (!referrers.isEmpty()) {
			throw new ConflictException("The person '" + slug + "' cannot be deleted while other records refer "
					+ "to them (see `conflicts`). Change or delete those first.", referrers);
		}
		this.people.delete(person);
	}

	/** A new organisation; 409 when the slug is taken, even by one of the same name. */
	Organisation createOrganisation(OrganisationInput input) {
		String name = Inputs.required(input.name(), "/name", 300);
		String slug = Slugs.givenOrFrom(input.slug(), name, "");
		if (this.organisations.existsBySlug(slug)) {
			throw new ConflictException(
					"An organisation with the slug '" + slug + "' exists already. Change it "
							+ "with PUT /api/v1/organisations/" + slug + ", or give this one another slug.",
					List.of("/api/v1/organisations/" + slug));
		}
		Organisation organisation = new Organisation(slug, name, null);
		fill(organisation, input, "");
		return this.organisations.save(organisation);
	}

	/** Replaces everything but the slug, if {@code ifMatch} names the current version. */
	Organisation replaceOrganisation(String slug, @Nullable String ifMatch, OrganisationInput input) {
		Organisation organisation = organisation(slug, ifMatch);
		keepSlug(slug, input.slug(), "An organisation's");
		fill(organisation, input, "");
		return organisation;
	}

	/**
	 * Applies a JSON merge patch to the input that recreates the organisation, and stores
	 * the result as {@link #replaceOrganisation} does.
	 */
	Organisation patchOrganisation(String slug, @Nullable String ifMatch, JsonNode patch) {
		Organisation organisation = organisation(slug, ifMatch);
		OrganisationInput input = this.mergePatch.apply(inputOf(organisation), patch, OrganisationInput.class);
		keepSlug(slug, input.slug(), "An organisation's");
		fill(organisation, input, "");
		return organisation;
	}

	/** Deletes the organisation; 409 naming what still refers to it. */
	void deleteOrganisation(String slug, @Nullable String ifMatch) {
		Organisation organisation = organisation(slug, ifMatch);
		List<String> referrers = References.describe(this.references, References.Target.ORGANISATION,
				idOf(organisation.id()));
		if (!referrers.isEmpty()) {
			throw new ConflictException("The organisation '" + slug + "' cannot be deleted while other records "
					+ "refer to it (see `conflicts`). Change or delete those first.", referrers);
		}
		this.organisations.delete(organisation);
	}

	/**
	 * The input that would recreate the person as stored: what a merge patch applies to.
	 */
	static PersonInput inputOf(Person person) {
		return new PersonInput(person.slug(), person.canonicalName(), person.description(),
				person.variants().stream().map(PartyWriter::inputOf).toList(),
				person.roles()
					.stream()
					.map(role -> new RoleInput(role.title(),
							(role.organisation() != null) ? role.organisation().slug() : null,
							DateInput.from(role.from()), DateInput.from(role.to()), role.sourceNote()))
					.toList());
	}

	/**
	 * The input that would recreate the organisation as stored: what a merge patch
	 * applies to.
	 */
	static OrganisationInput inputOf(Organisation organisation) {
		return new OrganisationInput(organisation.slug(), organisation.name(), organisation.description(),
				organisation.variants().stream().map(PartyWriter::inputOf).toList());
	}

	private static VariantInput inputOf(NameVariant variant) {
		return new VariantInput(variant.name(), variant.languageTag(), variant.kind());
	}

	private void fill(Person person, PersonInput input, String pointer) {
		person.replace(Inputs.required(input.name(), pointer + "/name", 300),
				Inputs.optional(input.description(), pointer + "/description", 2000),
				variants(input.variants(), pointer + "/variants"), roles(input.roles(), pointer + "/roles"));
	}

	private void fill(Organisation organisation, OrganisationInput input, String pointer) {
		organisation.replace(Inputs.required(input.name(), pointer + "/name", 300),
				Inputs.optional(input.description(), pointer + "/description", 2000),
				variants(input.variants(), pointer + "/variants"));
	}

	private Person person(String slug, @Nullable String ifMatch) {
		Person person = this.people.findBySlug(slug).orElseThrow(() -> new NotFoundException("person", slug));
		Preconditions.requireMatch(ifMatch, person.version(), "person");
		return person;
	}

	private Organisation organisation(String slug, @Nullable String ifMatch) {
		Organisation organisation = this.organisations.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("organisation", slug));
		Preconditions.requireMatch(ifMatch, organisation.version(), "organisation");
		return organisation;
	}

	private static void keepSlug(String slug, @Nullable String given, String whose) {
		if (given != null && !given.equals(slug)) {
			throw new InvalidInputException("/slug", whose + " slug cannot change: other records and links "
					+ "refer to it. Send '" + slug + "' or leave the slug out.");
		}
	}

	private static long idOf(@Nullable Long id) {
		if (id == null) {
			throw new IllegalStateException("not persisted");
		}
		return id;
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
