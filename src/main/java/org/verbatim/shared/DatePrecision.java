package org.verbatim.shared;

/**
 * How precisely a date is known: the day, only the month, or only the year.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
