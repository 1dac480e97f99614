package org.charter.core.act;

import java.util.List;

/**
 * Directors act without a meeting by signing a written consent to a resolution; signers may add their own Ed25519
 * signatures (null when none are on record).
 */
public record WrittenConsentSigned(
    ActMeta meta,
    @Ref(Ref.RefKind.BODY) String body,
    String resolution,
    @Nullable String text,
    @Ref(Ref.RefKind.PERSON) List<String> signers,
    @Nullable List<ConsentSignature> signatures) implements BindingAct {}
