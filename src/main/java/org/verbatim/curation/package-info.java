/**
 * Curation: creating a document together with its quotes and annotations in one
 * transaction, and bulk import of such documents. Orchestrates the features that own each
 * record; the features themselves know nothing of it.
 */
@NullMarked
package org.verbatim.curation;

import org.jspecify.annotations.NullMarked;
