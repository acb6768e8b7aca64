package org.verbatim.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.shared.DateInput;
import org.verbatim.shared.Limits;
import org.verbatim.shared.Text;
import org.verbatim.topic.TopicInput;

/**
 * An event as an editor writes it. In a reference, a bare slug (or an object with only
 * {@code slug}) names an existing event; with a {@code name} the event is created, unless
 * one with that slug and name exists already, which is then used. The people,
 * organisations and topics it creates inline are checked as they are created.
 */
@Schema(name = "EventInput",
		description = "An event: a slug string refers to an existing event; an object with `name`, `kind` and "
				+ "`date` creates one (or uses the existing event of that slug when the name agrees).")
public record EventInput(@Schema(example = "forum-of-regions-2023") @Nullable String slug,
		@Schema(example = "Forum of Regions of Belarus and Russia") @Text(
				max = Limits.EVENT_NAME) @Nullable String name,
		@Schema(example = "FORUM") @Nullable EventKind kind,
		@Schema(description = "When it took place, at its precision") @Valid @Nullable DateInput date,
		@Schema(example = "Ufa") @Text(max = Limits.EVENT_PLACE) @Nullable String place,
		@Text(max = Limits.DESCRIPTION) @Nullable String description,
		@Schema(description = "People taking part") @Nullable List<PersonInput> people,
		@Schema(description = "Organisations taking part") @Nullable List<OrganisationInput> organisations,
		@Nullable List<TopicInput> topics) {

	@JsonCreator
	public EventInput(@JsonProperty("slug") @Nullable String slug, @JsonProperty("name") @Nullable String name,
			@JsonProperty("kind") @Nullable EventKind kind, @JsonProperty("date") @Nullable DateInput date,
			@JsonProperty("place") @Nullable String place, @JsonProperty("description") @Nullable String description,
			@JsonProperty("people") @Nullable List<PersonInput> people,
			@JsonProperty("organisations") @Nullable List<OrganisationInput> organisations,
			@JsonProperty("topics") @Nullable List<TopicInput> topics) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.date = date;
		this.place = place;
		this.description = description;
		this.people = people;
		this.organisations = organisations;
		this.topics = topics;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static EventInput ref(String slug) {
		return new EventInput(slug, null, null, null, null, null, null, null, null);
	}

}
