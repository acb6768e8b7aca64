/**
 * Verbatim, an annotated archive of political speeches and articles; each subpackage is
 * one feature.
 */
@NullMarked
package org.verbatim;

import org.jspecify.annotations.NullMarked;
