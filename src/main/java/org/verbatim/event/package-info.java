/**
 * Events: speeches, forums, elections, agreements and the like, dated with their
 * precision.
 */
@NullMarked
package org.verbatim.event;

import org.jspecify.annotations.NullMarked;
