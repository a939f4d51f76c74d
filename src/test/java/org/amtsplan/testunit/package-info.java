/**
 * A department that exists only in the kernel's integration tests: the units {@code test-unit} (T),
 * which takes walk-ins, and {@code test-unit-by-appointment} (U), which does not, of the department
 * {@code test}. Kernel ITs book, queue and count in these units, so a change in a real department's
 * rules cannot break a kernel test. Like every department module it reaches the kernel only through
 * {@code scheduling.api} and {@code scheduling.spi}; it lives in {@code src/test} and is added to
 * an IT's archive by {@code testing.Deployments}, never to the production WAR.
 */
package org.amtsplan.testunit;
