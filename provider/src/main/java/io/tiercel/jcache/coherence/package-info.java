/**
 * Keeping near-cache copies coherent with the authority: the trust state that decides whether
 * copies may be served and installed, and the sink invalidations are delivered to.
 */
package io.tiercel.jcache.coherence;
