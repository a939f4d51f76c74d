/** Day lists staff can work from on paper, and the cases they worked on paper. */
package org.amtsplan.scheduling.internal.daylist;
