package org.amtsplan.platform;

import java.util.Locale;

/** The user interface speaks German first and English second; nothing else is offered yet. */
public final class Languages {

  public static final String GERMAN = "de";
  public static final String ENGLISH = "en";

  private Languages() {}

  /**
   * The language to answer in for an {@code Accept-Language} header: English only when the client
   * prefers it over German, German otherwise (also for a missing or unreadable header).
   */
  public static String preferred(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return GERMAN;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith(GERMAN)) {
          return GERMAN;
        }
        if (tag.startsWith(ENGLISH)) {
          return ENGLISH;
        }
      }
    } catch (IllegalArgumentException unreadable) {
      return GERMAN;
    }
    return GERMAN;
  }
}
