package org.verbatim.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WriteAwareCacheTests {

	private final AtomicInteger loads = new AtomicInteger();

	private String load(String key) {
		return key + "#" + this.loads.incrementAndGet();
	}

	@Test
	void remembersUntilTheNextWrite() {
		WriteAwareCache<String, String> cache = new WriteAwareCache<>(10, Duration.ofHours(1));
		assertThat(cache.get("a", this::load)).isEqualTo("a#1");
		assertThat(cache.get("a", this::load)).isEqualTo("a#1");
		assertThat(cache.get("b", this::load)).isEqualTo("b#2");
		ArchiveWrites.written();
		assertThat(cache.get("a", this::load)).isEqualTo("a#3");
		assertThat(cache.get("b", this::load)).isEqualTo("b#4");
	}

	@Test
	void aWriteDuringTheLoadLeavesTheResultOutdated() {
		WriteAwareCache<String, String> cache = new WriteAwareCache<>(10, Duration.ofHours(1));
		assertThat(cache.get("a", key -> {
			ArchiveWrites.written();
			return load(key);
		})).isEqualTo("a#1");
		assertThat(cache.get("a", this::load)).isEqualTo("a#2");
		assertThat(cache.get("a", this::load)).isEqualTo("a#2");
	}

	@Test
	void forgetsAfterItsMaximumAge() throws InterruptedException {
		WriteAwareCache<String, String> cache = new WriteAwareCache<>(10, Duration.ofMillis(50));
		assertThat(cache.get("a", this::load)).isEqualTo("a#1");
		Thread.sleep(80);
		assertThat(cache.get("a", this::load)).isEqualTo("a#2");
	}

	@Test
	void staysBoundedAndRemembersNoFailure() {
		WriteAwareCache<Integer, String> cache = new WriteAwareCache<>(3, Duration.ofHours(1));
		for (int i = 0; i < 10; i++) {
			cache.get(i, key -> load("k" + key));
		}
		assertThat(this.loads).hasValue(10);
		assertThatIllegalStateException().isThrownBy(() -> cache.get(99, key -> {
			throw new IllegalStateException("database down");
		}));
		assertThat(cache.get(99, key -> "loaded")).isEqualTo("loaded");
	}

	@Test
	void recognisesWritingStatements() {
		assertThat(ArchiveWrites.isWrite("insert into quote (id) values (?)")).isTrue();
		assertThat(ArchiveWrites.isWrite("  UPDATE document set version=? where id=?")).isTrue();
		assertThat(ArchiveWrites.isWrite("delete from quote_topic where quote_id=?")).isTrue();
		assertThat(ArchiveWrites.isWrite("merge into x")).isTrue();
		assertThat(ArchiveWrites.isWrite("select d1_0.version from document d1_0 where d1_0.slug=?")).isFalse();
		assertThat(ArchiveWrites.isWrite("with x as (select 1) select * from x")).isFalse();
		assertThat(ArchiveWrites.isWrite("")).isFalse();
	}

}
