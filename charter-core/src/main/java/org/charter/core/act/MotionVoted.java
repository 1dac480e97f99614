package org.charter.core.act;

import java.util.List;

/** A motion is put at a meeting: each director's recorded vote (empty when the tally is not on record), the outcome reported, and any directors recorded as interested. */
public record MotionVoted(
    ActMeta meta,
    @Ref(Ref.RefKind.MEETING) String meeting,
    String resolution,
    @Nullable String text,
    List<VoteCast> votes,
    @Nullable Outcome reportedOutcome,
    @Nullable @Ref(Ref.RefKind.PERSON) List<String> interested) implements BindingAct {}
