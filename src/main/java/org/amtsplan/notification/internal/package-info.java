/** Internals of the module; nothing outside it may import them. */
package org.amtsplan.notification.internal;
