package org.charter.core.act;

/**
 * One director's recorded vote on a motion, optionally signed by the director: the signature is base64 Ed25519 over
 * the payload {@code org.charter.core.sign.ActSignatures} defines (docs/rules.md, "Signed votes and consents").
 */
public record VoteCast(@Ref(Ref.RefKind.PERSON) String person, VoteChoice choice, @Nullable String signature) {}
