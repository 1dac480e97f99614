package org.charter.core.act;

/** A signer's own signature of a written consent: base64 Ed25519 over the payload docs/rules.md defines. */
public record ConsentSignature(@Ref(Ref.RefKind.PERSON) String person, String signature) {}
