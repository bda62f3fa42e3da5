/** Turning keys and values into independent copies (and, for remote stores, into bytes). */
package io.tiercel.jcache.codec;
