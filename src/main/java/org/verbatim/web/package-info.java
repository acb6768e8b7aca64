/**
 * Cross-cutting web concerns: problem details, paging, parameter parsing and the OpenAPI
 * description.
 */
@NullMarked
package org.verbatim.web;

import org.jspecify.annotations.NullMarked;
