package org.charter.core.act;


/** A director is appointed to a new seat under a resolution of the body. */
public record DirectorAppointed(
    ActMeta meta,
    @Ref(Ref.RefKind.BODY) String body,
    @Ref(Ref.RefKind.PERSON) String person,
    @Nullable @Ref(Ref.RefKind.RESOLUTION) String resolution) implements BindingAct {}
