package org.charter.core.act;

import java.util.List;

/**
 * A motion is put at a meeting: each director's recorded vote (empty when the tally is not on record), the outcome
 * reported, any directors recorded as interested, and whether the resolution only fills vacancies or newly created
 * seats ({@code fillsVacancies}: true says so; null means the record does not say, and the motion is taken as general
 * business).
 */
public record MotionVoted(
    ActMeta meta,
    @Ref(Ref.RefKind.MEETING) String meeting,
    String resolution,
    @Nullable String text,
    List<VoteCast> votes,
    @Nullable Outcome reportedOutcome,
    @Nullable @Ref(Ref.RefKind.PERSON) List<String> interested,
    @Nullable Boolean fillsVacancies) implements BindingAct {

  /** A motion the record does not mark as only filling vacancies. */
  public MotionVoted(ActMeta meta, String meeting, String resolution, String text, List<VoteCast> votes,
      Outcome reportedOutcome, List<String> interested) {
    this(meta, meeting, resolution, text, votes, reportedOutcome, interested, null);
  }

  /** Whether the record says this resolution only fills vacancies or newly created seats (8 Del. C. § 223(a)). */
  public boolean onlyFillsVacancies() {
    return Boolean.TRUE.equals(fillsVacancies);
  }
}
