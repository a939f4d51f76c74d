package org.amtsplan.scheduling.api;

/** What one round of replacement proposals achieved: proposed, and left without a reserved seat. */
public record ReplacementRound(int proposed, int unplaced) {

  public ReplacementRound plus(ReplacementRound other) {
    return new ReplacementRound(proposed + other.proposed, unplaced + other.unplaced);
  }
}
