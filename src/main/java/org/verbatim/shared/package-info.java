/**
 * Value types every feature shares: dates with their precision, date-range filters and
 * name normalisation.
 */
@NullMarked
package org.verbatim.shared;

import org.jspecify.annotations.NullMarked;
