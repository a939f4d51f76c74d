/** What other modules may call on the kernel: use-case interfaces, command and view records. */
package org.amtsplan.scheduling.api;
