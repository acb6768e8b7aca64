/**
 * Editors: who may write to the archive, authenticated by bearer tokens configured from
 * the environment. Reads stay public.
 */
@NullMarked
package org.verbatim.editor;

import org.jspecify.annotations.NullMarked;
