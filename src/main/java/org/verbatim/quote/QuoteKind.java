package org.verbatim.quote;

/**
 * What kind of quoted words a quote is.
 */
public enum QuoteKind {

	/** Words the source quotes as someone's own, in quotation marks. */
	DIRECT,
	/**
	 * A phrase the source puts in quotation marks inside its own account of what someone
	 * said or did.
	 */
	ATTRIBUTED_PHRASE,
	/** A slogan, quoted as such. */
	SLOGAN,
	/** A set formula, quoted as such. */
	FORMULA,
	/** A term the source itself sets in quotation marks, attributed to nobody. */
	TERM

}
