package org.charter.core.act;


/** A director is removed under a resolution. */
public record DirectorRemoved(
    ActMeta meta,
    @Ref(Ref.RefKind.BODY) String body,
    @Ref(Ref.RefKind.PERSON) String person,
    @Nullable @Ref(Ref.RefKind.RESOLUTION) String resolution) implements BindingAct {}
