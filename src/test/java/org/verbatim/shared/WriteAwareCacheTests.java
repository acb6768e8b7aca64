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
	void holdsAtMostItsBoundAndStartsAfreshWhenFull() {
		WriteAwareCache<Integer, String> cache = new WriteAwareCache<>(3, Duration.ofHours(1));
		for (int i = 0; i < 3; i++) {
			cache.get(i, key -> load("k" + key));
		}
		// Full, and all three still remembered.
		assertThat(cache.remembered(0)).isEqualTo("k0#1");
		assertThat(cache.remembered(1)).isEqualTo("k1#2");
		assertThat(cache.remembered(2)).isEqualTo("k2#3");
		// A fourth key: the three are dropped, the fourth is kept.
		assertThat(cache.get(3, key -> load("k" + key))).isEqualTo("k3#4");
		assertThat(cache.remembered(0)).isNull();
		assertThat(cache.remembered(1)).isNull();
		assertThat(cache.remembered(2)).isNull();
		assertThat(cache.remembered(3)).isEqualTo("k3#4");
		assertThat(cache.get(0, key -> load("k" + key))).isEqualTo("k0#5");
		assertThat(this.loads).hasValue(5);
	}

	@Test
	void remembersNoFailure() {
		WriteAwareCache<Integer, String> cache = new WriteAwareCache<>(3, Duration.ofHours(1));
		assertThatIllegalStateException().isThrownBy(() -> cache.get(99, key -> {
			throw new IllegalStateException("database down");
		}));
		assertThat(cache.remembered(99)).isNull();
		assertThat(cache.get(99, key -> "loaded")).isEqualTo("loaded");
	}

	@Test
	void remembersWithoutLoadingOnlyWhatIsCurrent() {
		WriteAwareCache<String, String> cache = new WriteAwareCache<>(10, Duration.ofHours(1));
		assertThat(cache.remembered("a")).isNull();
		cache.get("a", this::load);
		assertThat(cache.remembered("a")).isEqualTo("a#1");
		ArchiveWrites.written();
		assertThat(cache.remembered("a")).isNull();
		assertThat(this.loads).hasValue(1);
		WriteAwareCache<String, String> forgetful = new WriteAwareCache<>(10, Duration.ZERO);
		forgetful.get("a", this::load);
		assertThat(forgetful.remembered("a")).isNull();
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
