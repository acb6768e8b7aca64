package corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generates a benchmark corpus for Verbatim: NDJSON, one document per line, in the shape of
 * the body of {@code POST /api/v1/documents} (the lines of {@code POST /api/v1/import}).
 *
 * <pre>
 * bench/corpus.sh --documents 100000 --seed 42 --out corpus.ndjson [--samples samples.tsv]
 * bench/corpus.sh --verify corpus.ndjson
 * </pre>
 *
 * The corpus is deterministic for a given seed and document count, and streamed: nothing but
 * the people, topics and events is held in memory. The first lines create the topic tree;
 * after that each person, topic and event appears inline at its first mention and as a slug
 * afterwards. Speeches have 500 to 5,000 words (whitespace-separated tokens) of generated
 * sentences, mostly English with some Cyrillic, rare emoji (outside the BMP) and rare
 * combining accents; about 10 quotes each, every one a sentence or a clause of its own text,
 * anchored by a TextQuoteSelector (unique through its prefix and suffix) and a
 * TextPositionSelector in Unicode code points, half-open. Speakers are drawn Zipf-like from
 * about 5,000 people with Latin and Cyrillic name variants; dates spread over 1990-2026 at
 * day, month or year precision.
 *
 * {@code --samples} writes requests that find something in the corpus, for the load test
 * ({@link Samples}). {@code --verify} re-reads a corpus and checks every selector, reference,
 * enum, slug, date and length ({@link Verifier}); it exits non-zero if a document is
 * inconsistent.
 */
public final class CorpusGenerator {

	private CorpusGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				usage(0);
			}
			if (!arg.startsWith("--") || i + 1 >= args.length) {
				System.err.println("Unexpected argument: " + arg);
				usage(2);
			}
			options.put(arg.substring(2), args[++i]);
		}
		Set<String> known = Set.of("documents", "seed", "out", "samples", "people", "verify");
		for (String key : options.keySet()) {
			if (!known.contains(key)) {
				System.err.println("Unknown option: --" + key);
				usage(2);
			}
		}
		if (options.containsKey("verify")) {
			System.exit(new Verifier().verify(Path.of(options.get("verify"))) ? 0 : 1);
		}
		int documents = Integer.parseInt(options.getOrDefault("documents", "1000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		int people = Integer.parseInt(options.getOrDefault("people", "5000"));
		if (documents < 1 || people < 10) {
			System.err.println("--documents must be at least 1 and --people at least 10");
			System.exit(2);
		}
		long started = System.nanoTime();
		OutputStream out = options.containsKey("out") ? Files.newOutputStream(Path.of(options.get("out")))
				: System.out;
		Generator generator = new Generator(seed, people);
		try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
			generator.generate(documents, writer);
		}
		if (options.containsKey("samples")) {
			generator.samples().write(Path.of(options.get("samples")));
		}
		System.err.printf(Locale.ROOT, "Generated %d documents, %d quotes, %d people, %d events in %.1f s%n",
				documents, generator.quoteCount(), generator.peopleWritten(), generator.eventsCreated(),
				(System.nanoTime() - started) / 1e9);
	}

	private static void usage(int status) {
		System.err.println("""
				Usage: bench/corpus.sh --documents N --seed S [--out FILE] [--samples FILE] [--people P]
				       bench/corpus.sh --verify FILE
				Writes NDJSON (one POST /api/v1/documents body a line) to FILE or standard output.
				--samples writes request parameters that find something in the corpus, for the load test.
				--verify re-reads a corpus and checks selectors, references, enums, slugs and dates.""");
		System.exit(status);
	}

}
