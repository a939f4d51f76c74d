package org.amtsplan.scheduling.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.amtsplan.platform.ProblemException;

/** Dates in query parameters: required, ISO format, a 400 naming the parameter otherwise. */
final class QueryDates {

  private QueryDates() {}

  static LocalDate required(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw ProblemException.invalid(field, "Datum im Format JJJJ-MM-TT / date as YYYY-MM-DD");
    }
  }
}
