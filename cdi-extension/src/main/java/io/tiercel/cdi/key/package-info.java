/**
 * Cache keys for annotated methods: the default key generator and the immutable key it builds
 * from the values of a call's key parameters.
 */
package io.tiercel.cdi.key;
