/**
 * Topics: a small hierarchy that documents, quotes and events are tagged with.
 */
@NullMarked
package org.verbatim.topic;

import org.jspecify.annotations.NullMarked;
