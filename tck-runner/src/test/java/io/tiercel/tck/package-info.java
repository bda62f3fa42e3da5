/**
 * Runs the JCache (JSR-107) TCK against Tiercel and guards its result: the exclude list may only
 * exclude the TCK's own dummy test, and the build fails unless every core TCK test ran and passed.
 */
package io.tiercel.tck;
