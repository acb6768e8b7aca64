/**
 * Full-text search over quotes, documents and events with Hibernate Search and an
 * embedded Lucene index, with facets, highlights and the code-point offsets of each hit.
 */
@NullMarked
package org.verbatim.search;

import org.jspecify.annotations.NullMarked;
