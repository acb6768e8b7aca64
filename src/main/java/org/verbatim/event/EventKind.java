package org.verbatim.event;

/**
 * What kind of occasion an event is.
 */
public enum EventKind {

	SPEECH, FORUM, SESSION, ELECTION, AGREEMENT, PROGRAMME_ADOPTION, PLAN, VISIT, INTERVIEW, OTHER

}
