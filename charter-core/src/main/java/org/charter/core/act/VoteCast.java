package org.charter.core.act;

/** One director's recorded vote on a motion. */
public record VoteCast(@Ref(Ref.RefKind.PERSON) String person, VoteChoice choice) {}
