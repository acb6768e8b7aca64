/**
 * Quotes: who said what, when and where, anchored to exact positions in a document's
 * text.
 */
@NullMarked
package org.verbatim.quote;

import org.jspecify.annotations.NullMarked;
