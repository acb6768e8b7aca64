/**
 * Annotations on spans of a document's text, including the figures a text states as
 * facts.
 */
@NullMarked
package org.verbatim.annotation;

import org.jspecify.annotations.NullMarked;
