/** Figures per day: appointments by the day they were for, tickets by the day they were drawn. */
package org.amtsplan.scheduling.internal.statistics;
