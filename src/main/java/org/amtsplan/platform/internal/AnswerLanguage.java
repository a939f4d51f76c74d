package org.amtsplan.platform.internal;

import org.amtsplan.platform.Languages;

/**
 * The language of the answer the current thread is writing, set by {@link SecurityHeadersFilter}
 * around the request, so {@link MessageSerializer} renders texts kept with data (history entries,
 * refusal reasons) in the language of the request's problem documents. German outside a request.
 */
final class AnswerLanguage {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private AnswerLanguage() {}

    static String current() {
        String language = CURRENT.get();
        return language == null ? Languages.GERMAN : language;
    }

    /** Sets the language and returns the one it replaced, for {@link #restore}. */
    static String set(String language) {
        String before = CURRENT.get();
        CURRENT.set(language);
        return before;
    }

    static void restore(String before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }
}
