/** Runnable programs that show Tiercel through the standard JCache API. */
package io.tiercel.examples;
