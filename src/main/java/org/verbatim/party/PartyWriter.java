package org.verbatim.party;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.party.PartyInputs.RoleInput;
import org.verbatim.party.PartyInputs.VariantInput;
import org.verbatim.shared.DateInput;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.Limits;
import org.verbatim.shared.NameVariant;
import org.verbatim.shared.References;
import org.verbatim.web.Edits;
import org.verbatim.web.SlugRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes people and organisations: fills them from their inputs and turns them back into
 * inputs, for the writes every record addressed by slug shares ({@link SlugRecords}): the
 * API's, and the references and inline records of other requests. Runs in the caller's
 * transaction, so that a request that fails later stores nobody either.
 */
@Service
@Transactional
public class PartyWriter {

	static final SlugRecords.Texts PERSON = new SlugRecords.Texts("person", "/api/v1/people", "name", Limits.NAME,
			Limits.SLUG,
			"A person with the slug '%1$s' exists already. Change them with PUT /api/v1/people/%1$s, or give this "
					+ "person another slug.",
			"A person's slug cannot change: other records and links refer to it. Send '%s' or leave the slug out.",
			"The person '%s' cannot be deleted while other records refer to them (see `conflicts`). Change or "
					+ "delete those first.",
			"Required: a person's slug, or an object with `name` to create one.",
			"No person has the slug '%s'. Refer to an existing person (GET /api/v1/people), or give `name` to create "
					+ "one.",
			"The slug '%s' is taken by '%s'. Refer to that person by slug, or give another slug.");

	static final SlugRecords.Texts ORGANISATION = new SlugRecords.Texts("organisation", "/api/v1/organisations", "name",
			Limits.NAME, Limits.SLUG,
			"An organisation with the slug '%1$s' exists already. Change it with PUT /api/v1/organisations/%1$s, or "
					+ "give this one another slug.",
			"An organisation's slug cannot change: other records and links refer to it. Send '%s' or leave the "
					+ "slug out.",
			"The organisation '%s' cannot be deleted while other records refer to it (see `conflicts`). Change or "
					+ "delete those first.",
			"Required: an organisation's slug, or an object with `name` to create one.",
			"No organisation has the slug '%s'. Refer to an existing one (GET /api/v1/organisations), or give `name` "
					+ "to create one.",
			"The slug '%s' is taken by '%s'. Refer to that organisation by slug, or give another slug.");

	private final SlugRecords<Person, PersonInput> people;

	private final SlugRecords<Organisation, OrganisationInput> organisations;

	PartyWriter(PersonRepository people, OrganisationRepository organisations, Edits edits) {
		this.people = edits.of(new SlugRecords.Kind<>(Person.class, PersonInput.class, References.Target.PERSON, PERSON,
				PersonInput::slug, PersonInput::name, Person::canonicalName,
				(slug, name) -> new Person(slug, name, null), this::fill, PartyWriter::inputOf), people);
		this.organisations = edits.of(
				new SlugRecords.Kind<>(Organisation.class, OrganisationInput.class, References.Target.ORGANISATION,
						ORGANISATION, OrganisationInput::slug, OrganisationInput::name, Organisation::name,
						(slug, name) -> new Organisation(slug, name, null), this::fill, PartyWriter::inputOf),
				organisations);
	}

	/** People: the API's writes, and the people that requests refer to or create. */
	public SlugRecords<Person, PersonInput> people() {
		return this.people;
	}

	/** Organisations, as {@link #people}. */
	public SlugRecords<Organisation, OrganisationInput> organisations() {
		return this.organisations;
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
		person.replace(Inputs.required(input.name(), pointer + "/name", Limits.NAME),
				Inputs.optional(input.description()), variants(input.variants(), pointer + "/variants"),
				roles(input.roles(), pointer + "/roles"));
	}

	private void fill(Organisation organisation, OrganisationInput input, String pointer) {
		organisation.replace(Inputs.required(input.name(), pointer + "/name", Limits.NAME),
				Inputs.optional(input.description()), variants(input.variants(), pointer + "/variants"));
	}

	private static List<NameVariant> variants(@Nullable List<VariantInput> inputs, String pointer) {
		List<NameVariant> variants = new ArrayList<>();
		for (int i = 0; inputs != null && i < inputs.size(); i++) {
			VariantInput v = inputs.get(i);
			String at = pointer + "/" + i;
			if (v == null) {
				throw new InvalidInputException(at, "Required: a name variant object.");
			}
			variants.add(new NameVariant(v.name(), v.language(), Inputs.present(v.kind(), at + "/kind",
					"one of PRINTED, CONVENTIONAL, TRANSLITERATION, ORIGINAL_SCRIPT, SURNAME, SHORT_FORM")));
		}
		return variants;
	}

	private List<PersonRole> roles(@Nullable List<RoleInput> inputs, String pointer) {
		List<PersonRole> roles = new ArrayList<>();
		for (int i = 0; inputs != null && i < inputs.size(); i++) {
			RoleInput r = inputs.get(i);
			String at = pointer + "/" + i;
			if (r == null) {
				throw new InvalidInputException(at, "Required: a role object.");
			}
			Organisation organisation = (r.organisation() != null)
					? this.organisations.resolve(OrganisationInput.ref(r.organisation()), at + "/organisation") : null;
			roles.add(new PersonRole(r.title(), organisation,
					(r.from() != null) ? r.from().toFuzzyDate(at + "/from") : null,
					(r.to() != null) ? r.to().toFuzzyDate(at + "/to") : null, Inputs.optional(r.sourceNote())));
		}
		return roles;
	}

}
