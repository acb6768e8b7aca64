package org.verbatim.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", textBlock = """
			Aleksandr Lukashenko      => aleksandr lukashenko
			  ALEKSANDR   LUKASHENKO  => aleksandr lukashenko
			Aleksandr-Lukashenko      => aleksandr lukashenko
			Lukašenka                 => lukasenka
			Лукашэнка                 => лукашэнка
			Аляксандр Шпакоўскі       => аляксандр шпакоускі
			Émile Zola                => emile zola
			""")
	void foldsCaseAccentsAndPunctuation(String name, String normalized) {
		assertThat(Names.normalize(name)).isEqualTo(normalized);
	}

	@Test
	void aSlugReadsAsTheNameItWasMadeOf() {
		assertThat(Names.fromSlug("aleksandr-lukashenko")).isEqualTo("aleksandr lukashenko");
		assertThat(Names.fromSlug("union-state-2025")).isEqualTo("union state 2025");
	}

}
