package corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generator's random draws, all from one seeded sequence: the corpus is the same for the
 * same seed only while every draw is made in the same order.
 */
final class Dice {

	private final SplittableRandom random;

	Dice(SplittableRandom random) {
		this.random = random;
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	double nextDouble() {
		return this.random.nextDouble();
	}

	boolean nextBoolean() {
		return this.random.nextBoolean();
	}

	<T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	/** An index drawn with the given weights. */
	int weighted(int... weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int x = this.random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** An index drawn from a cumulative distribution (see {@link #cumulativeZipf}). */
	int draw(double[] cumulative) {
		int i = Arrays.binarySearch(cumulative, this.random.nextDouble());
		return Math.min(cumulative.length - 1, (i >= 0) ? i : -i - 1);
	}

	int year() {
		return Vocabulary.FIRST_YEAR + this.random.nextInt(Vocabulary.LAST_YEAR - Vocabulary.FIRST_YEAR + 1);
	}

	/** Year, month and day; the last year only up to October. */
	int[] date() {
		int year = year();
		int month = 1 + this.random.nextInt((year == Vocabulary.LAST_YEAR) ? 10 : 12);
		return new int[] { year, month, 1 + this.random.nextInt(Vocabulary.daysIn(year, month)) };
	}

	/** 0 = day, 1 = month, 2 = year. */
	static String formatDate(int[] date, int precision) {
		return switch (precision) {
			case 0 -> String.format(Locale.ROOT, "%04d-%02d-%02d", date[0], date[1], date[2]);
			case 1 -> String.format(Locale.ROOT, "%04d-%02d", date[0], date[1]);
			default -> String.format(Locale.ROOT, "%04d", date[0]);
		};
	}

	static double[] cumulativeZipf(int n, double s) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int k = 0; k < n; k++) {
			sum += 1 / Math.pow(k + 1, s);
			cumulative[k] = sum;
		}
		for (int k = 0; k < n; k++) {
			cumulative[k] /= sum;
		}
		return cumulative;
	}

}
