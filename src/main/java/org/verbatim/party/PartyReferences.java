package org.verbatim.party;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The people who held a role in an organisation.
 */
@Component
class PartyReferences extends References.Queries {

	PartyReferences(EntityManager entityManager) {
		super(entityManager, "person", "p.slug", Map.of(Target.ORGANISATION,
				new Referrer("Person p join p.roles r where r.organisation.id = :id", "role")));
	}

}
