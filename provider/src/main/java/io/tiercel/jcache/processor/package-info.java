/** Entry processors: the mutable view of one entry and the net change a processor makes. */
package io.tiercel.jcache.processor;
