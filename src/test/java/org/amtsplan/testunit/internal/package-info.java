/** Internals of the test department; nothing outside it may import them. */
package org.amtsplan.testunit.internal;
