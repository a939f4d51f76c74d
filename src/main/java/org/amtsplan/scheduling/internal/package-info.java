/** The kernel's own domain, persistence and web layer; no other module may import it. */
package org.amtsplan.scheduling.internal;
