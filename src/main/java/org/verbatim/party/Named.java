package org.verbatim.party;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.NameVariant;

/**
 * What people and organisations have alike for name lookup.
 */
interface Named {

	@Nullable Long id();

	String slug();

	/** The name the archive shows: a person's canonical name, an organisation's name. */
	String displayName();

	@Nullable String description();

	List<NameVariant> variants();

}
