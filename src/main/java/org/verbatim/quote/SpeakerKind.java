package org.verbatim.quote;

/**
 * Who a quote is attributed to: a person or organisation of the archive, a group the
 * source names without identifying anyone ("certain political experts"), or nobody the
 * source names.
 */
public enum SpeakerKind {

	PERSON, ORGANISATION, GROUP, UNATTRIBUTED

}
