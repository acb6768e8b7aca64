package org.verbatim;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Features depend on each other only through their public types and without cycles.
 */
class ModularityTests {

	@Test
	void featuresRespectTheirBoundaries() {
		ApplicationModules.of(VerbatimApplication.class).verify();
	}

}
