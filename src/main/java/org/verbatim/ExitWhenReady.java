package org.verbatim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * For the training run of class data sharing (Dockerfile, bench/run.sh): with
 * {@code verbatim.exit-when-ready=true} the application stops as soon as it is ready, so
 * that the archive holds every class a start loads. Spring's
 * {@code -Dspring.context.exit=onRefresh} stops earlier, before Spring Data initialises
 * the repositories and before the search index check: their classes (the HQL parsers
 * among them) were then loaded from the jars at every start.
 */
@Component
@ConditionalOnBooleanProperty("verbatim.exit-when-ready")
class ExitWhenReady implements ApplicationListener<ApplicationReadyEvent> {

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		System.exit(SpringApplication.exit(event.getApplicationContext()));
	}

}
