package org.verbatim.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A constant answer that touches no database: the ceiling the benchmark measures every
 * other endpoint against (the cost of this JVM, Tomcat, Spring MVC and the security and
 * parameter filters alone).
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = PingController.TAG)
class PingController {

	/** The tag of operations about the service itself rather than the archive. */
	static final String TAG = "Service";

	private static final Ping OK = new Ping("ok");

	@GetMapping("/api/v1/ping")
	@Operation(operationId = "ping", summary = "Ping the service",
			description = "Always answers the same small JSON without reading the database, so it also answers "
					+ "while the database is unavailable. Use `/actuator/health/readiness` to know whether the "
					+ "archive can be read; this is the baseline of the load benchmark (`bench/run.sh`).")
	Ping ping() {
		return OK;
	}

	/** The constant answer. */
	@Schema(name = "Ping", description = "The service answers")
	record Ping(@Schema(description = "Always `ok`", example = "ok") String status) {
	}

}
