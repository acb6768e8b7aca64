/**
 * People and organisations: the authors and speakers of the archive, findable under any
 * of their names.
 */
@NullMarked
package org.verbatim.party;

import org.jspecify.annotations.NullMarked;
