/**
 * Documents: articles, speeches and interviews, each stored verbatim with its metadata,
 * sections and byline.
 */
@NullMarked
package org.verbatim.document;

import org.jspecify.annotations.NullMarked;
