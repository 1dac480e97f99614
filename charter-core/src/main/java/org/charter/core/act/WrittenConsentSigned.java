package org.charter.core.act;

import java.util.List;

/** Directors act without a meeting by signing a written consent to a resolution. */
public record WrittenConsentSigned(
    ActMeta meta,
    @Ref(Ref.RefKind.BODY) String body,
    String resolution,
    @Nullable String text,
    @Ref(Ref.RefKind.PERSON) List<String> signers) implements BindingAct {}
