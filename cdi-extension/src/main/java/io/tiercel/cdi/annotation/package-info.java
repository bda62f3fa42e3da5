/**
 * Tiercel's own annotations, beside the standard {@code javax.cache.annotation} ones: the
 * qualifier that names an injected cache, and the switch for single-flight loading.
 */
package io.tiercel.cdi.annotation;
