package org.verbatim.party;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The people who held a role in an organisation.
 */
@Component
class PartyReferences implements References {

	private final EntityManager entityManager;

	PartyReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Found find(Target target, long id, int limit) {
		if (target != Target.ORGANISATION) {
			return Found.NONE;
		}
		return Found.query(this.entityManager, "Person p join p.roles r where r.organisation.id = :id", "p.slug", id,
				limit, key -> "person " + key + " (role)");
	}

}
