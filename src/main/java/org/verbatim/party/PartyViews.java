package org.verbatim.party;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.AuditView;
import org.verbatim.shared.DateView;
import org.verbatim.shared.NameVariant;

/**
 * The API's views of people and organisations.
 */
public final class PartyViews {

	private PartyViews() {
	}

	@Schema(name = "PersonRef", description = "A person, by slug and canonical name")
	public record PersonRef(@Schema(example = "aleksandr-lukashenko") String slug,
			@Schema(example = "Aleksandr Lukashenko") String name) {

		public static PersonRef of(Person person) {
			return new PersonRef(person.slug(), person.canonicalName());
		}

	}

	@Schema(name = "OrganisationRef", description = "An organisation, by slug and name")
	public record OrganisationRef(@Schema(example = "federation-council") String slug,
			@Schema(example = "Federation Council") String name) {

		public static OrganisationRef of(Organisation organisation) {
			return new OrganisationRef(organisation.slug(), organisation.name());
		}

	}

	@Schema(name = "NameVariant", description = "One spelling of a name")
	public record NameVariantView(@Schema(description = "The spelling", example = "Alyaksandr Lukashenka") String name,
			@Schema(description = "BCP 47 language tag with script", example = "be-Latn") String language,
			@Schema(description = "What kind of variant this is", example = "TRANSLITERATION") NameVariant.Kind kind) {

		static NameVariantView of(NameVariant variant) {
			return new NameVariantView(variant.name(), variant.languageTag(), variant.kind());
		}

	}

	@Schema(name = "PersonSummary", description = "A person in a list")
	public record PersonSummary(@Schema(example = "aleksandr-lukashenko") String slug,
			@Schema(example = "Aleksandr Lukashenko") String name, @Nullable String description,
			@Schema(description = "With `q`: the name variants that matched it, best first; otherwise empty") List<NameVariantView> matchedVariants) {
	}

	@Schema(name = "Role", description = "A position a person held, as a source states it")
	public record RoleView(@Schema(example = "President of Belarus") String title, @Schema(
			description = "The organisation of the position, when the archive has it") @Nullable OrganisationRef organisation,
			@Schema(description = "When the role began, if known") @Nullable DateView from,
			@Schema(description = "When the role ended, if known and ended") @Nullable DateView to,
			@Schema(description = "Where the archive has the role from") @Nullable String source) {

		static RoleView of(PersonRole role) {
			Organisation organisation = role.organisation();
			return new RoleView(role.title(), (organisation != null) ? OrganisationRef.of(organisation) : null,
					DateView.ofNullable(role.from()), DateView.ofNullable(role.to()), role.sourceNote());
		}

	}

	@Schema(name = "PersonDetail", description = "A person with every spelling of their name and their roles")
	public record PersonDetail(@Schema(example = "aleksandr-lukashenko") String slug,
			@Schema(example = "Aleksandr Lukashenko") String name, @Nullable String description,
			List<NameVariantView> variants, List<RoleView> roles, AuditView audit) {

		static PersonDetail of(Person person) {
			return new PersonDetail(person.slug(), person.canonicalName(), person.description(),
					person.variants().stream().map(NameVariantView::of).toList(),
					person.roles().stream().map(RoleView::of).toList(), person.audit());
		}

	}

	@Schema(name = "OrganisationSummary", description = "An organisation in a list")
	public record OrganisationSummary(@Schema(example = "federation-council") String slug,
			@Schema(example = "Federation Council") String name, @Nullable String description,
			@Schema(description = "With `q`: the name variants that matched it, best first; otherwise empty") List<NameVariantView> matchedVariants) {
	}

	@Schema(name = "OrganisationDetail", description = "An organisation with every spelling of its name")
	public record OrganisationDetail(@Schema(example = "federation-council") String slug,
			@Schema(example = "Federation Council") String name, @Nullable String description,
			List<NameVariantView> variants, AuditView audit) {

		static OrganisationDetail of(Organisation organisation) {
			return new OrganisationDetail(organisation.slug(), organisation.name(), organisation.description(),
					organisation.variants().stream().map(NameVariantView::of).toList(), organisation.audit());
		}

	}

}
