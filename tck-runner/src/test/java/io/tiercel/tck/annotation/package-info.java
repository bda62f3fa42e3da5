/**
 * Runs the TCK's annotation tests ({@code org.jsr107.tck.annotation}) against the Tiercel CDI
 * extension in a Weld SE container: the {@code BeanProvider} the TCK asks for its beans, and a
 * guard that fails when the tests would pass as no-ops.
 */
package io.tiercel.tck.annotation;
