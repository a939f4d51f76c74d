package org.amtsplan.scheduling.api;

import java.util.List;

/**
 * What a clerk has typed into a case so far, before finishing it: notes (at most 4000 characters)
 * and the documents received (at most 20, each at most 200 characters).
 */
public record CaseDraft(String notes, List<String> documents) {}
