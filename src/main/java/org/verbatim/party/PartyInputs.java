package org.verbatim.party;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.DateInput;
import org.verbatim.shared.LanguageTag;
import org.verbatim.shared.Limits;
import org.verbatim.shared.NameVariant;
import org.verbatim.shared.Text;

/**
 * People and organisations as editors write them. In a reference, a bare slug (or an
 * object with only {@code slug}) names an existing record; with a {@code name} the record
 * is created, unless one with that slug and name exists already, which is then used.
 * Whether a name is required depends on that, so the writer checks it; the annotations
 * hold the rest.
 */
public final class PartyInputs {

	private PartyInputs() {
	}

	@Schema(name = "PersonInput",
			description = "A person: a slug string refers to an existing person; an object with `name` creates one "
					+ "(or uses the existing person of that slug when the name agrees). The slug is made from "
					+ "the name when not given.")
	public record PersonInput(@Schema(example = "aleksandr-lukashenko") @Nullable String slug,
			@Schema(description = "The canonical name",
					example = "Aleksandr Lukashenko") @Text(max = Limits.NAME) @Nullable String name,
			@Text(max = Limits.DESCRIPTION) @Nullable String description,
			@Schema(description = "Further spellings of the name, in any script") @Valid @Nullable List<VariantInput> variants,
			@Schema(description = "Positions held") @Valid @Nullable List<RoleInput> roles) {

		@JsonCreator
		public PersonInput(@JsonProperty("slug") @Nullable String slug, @JsonProperty("name") @Nullable String name,
				@JsonProperty("description") @Nullable String description,
				@JsonProperty("variants") @Nullable List<VariantInput> variants,
				@JsonProperty("roles") @Nullable List<RoleInput> roles) {
			this.slug = slug;
			this.name = name;
			this.description = description;
			this.variants = variants;
			this.roles = roles;
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static PersonInput ref(String slug) {
			return new PersonInput(slug, null, null, null, null);
		}

	}

	@Schema(name = "OrganisationInput",
			description = "An organisation: a slug string refers to an existing one; an object with `name` creates "
					+ "one (or uses the existing organisation of that slug when the name agrees).")
	public record OrganisationInput(@Schema(example = "federation-council") @Nullable String slug,
			@Schema(example = "Federation Council") @Text(max = Limits.NAME) @Nullable String name,
			@Text(max = Limits.DESCRIPTION) @Nullable String description,
			@Valid @Nullable List<VariantInput> variants) {

		@JsonCreator
		public OrganisationInput(@JsonProperty("slug") @Nullable String slug,
				@JsonProperty("name") @Nullable String name, @JsonProperty("description") @Nullable String description,
				@JsonProperty("variants") @Nullable List<VariantInput> variants) {
			this.slug = slug;
			this.name = name;
			this.description = description;
			this.variants = variants;
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static OrganisationInput ref(String slug) {
			return new OrganisationInput(slug, null, null, null);
		}

	}

	@Schema(name = "NameVariantInput", description = "One spelling of a name")
	public record VariantInput(
			@Schema(example = "Аляксандр Лукашэнка") @Text(max = Limits.NAME, required = true) @Nullable String name,
			@Schema(description = "BCP 47 with script where it matters",
					example = "be-Cyrl") @LanguageTag @Nullable String language,
			@Schema(example = "ORIGINAL_SCRIPT") NameVariant.@Nullable Kind kind) {
	}

	@Schema(name = "RoleInput", description = "A position a person held")
	public record RoleInput(
			@Schema(example = "President of Belarus") @Text(max = Limits.ROLE_TITLE,
					required = true) @Nullable String title,
			@Schema(description = "Slug of the organisation, if any") @Nullable String organisation,
			@Valid @Nullable DateInput from, @Valid @Nullable DateInput to,
			@Schema(description = "Where the archive has the role from") @Text(
					max = Limits.ROLE_SOURCE_NOTE) @Nullable String sourceNote) {
	}

}
