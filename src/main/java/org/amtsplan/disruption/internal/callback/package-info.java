/**
 * People to call back: recorded at the counter (also offline), listed for heads, rebooked in a
 * disruption.
 */
package org.amtsplan.disruption.internal.callback;
