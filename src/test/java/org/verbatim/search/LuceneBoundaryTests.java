package org.verbatim.search;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The search reads Lucene directly only through LuceneIndex and the classes behind it;
 * everything else uses Hibernate Search's API (decision 0007).
 */
class LuceneBoundaryTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.verbatim");

	/** What LuceneIndex uses to read the index below Hibernate Search. */
	private static final Class<?>[] BEHIND = { PageHighlighter.class, FacetCounter.class, StoredHit.class,
			PassageFragments.class, PassageScores.class };

	@Test
	void onlyLuceneIndexAndWhatItUsesReadLucene() {
		noClasses().that()
			.doNotBelongToAnyOf(LuceneIndex.class)
			.and()
			.doNotBelongToAnyOf(BEHIND)
			// Hibernate Search's own extension points for the Lucene backend: its
			// analysis configurer and a native field's binder, which index, not read.
			.and()
			.doNotBelongToAnyOf(SearchAnalysis.class, StemmingFilterFactory.class, MissingSpaceCharFilterFactory.class,
					TextWithOffsets.class)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.lucene..")
			.check(MAIN);
	}

	@Test
	void whatReadsLuceneIsUsedOnlyThroughLuceneIndex() {
		classes().that()
			.belongToAnyOf(BEHIND)
			.should()
			.onlyHaveDependentClassesThat()
			.belongToAnyOf(Stream.concat(Stream.of(LuceneIndex.class), Stream.of(BEHIND)).toArray(Class<?>[]::new))
			.check(MAIN);
	}

}
