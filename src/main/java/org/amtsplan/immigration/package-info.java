/**
 * Immigration office (Einreise und Aufenthalt): the unit {@code immigration} (ticket prefix A),
 * consultation days, the walk-in quota with referrals to the next consultation day, and urgency for
 * expiring permits. Holds the most sensitive personal data; only immigration staff may see it.
 * Talks to the kernel only through {@code scheduling.api} and {@code scheduling.spi}.
 */
package org.amtsplan.immigration;
