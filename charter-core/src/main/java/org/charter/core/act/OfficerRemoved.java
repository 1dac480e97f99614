package org.charter.core.act;


/** A person is removed from an office under a resolution. */
public record OfficerRemoved(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    Office office,
    @Ref(Ref.RefKind.PERSON) String person,
    @Nullable @Ref(Ref.RefKind.RESOLUTION) String resolution) implements BindingAct {}
