/** Cache entry events: listener registrations, filtering and ordered delivery. */
package io.tiercel.jcache.event;
