package org.charter.core.act;


/** A person is appointed to an office under a resolution (a chair is an office of the board). */
public record OfficerAppointed(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    Office office,
    @Ref(Ref.RefKind.PERSON) String person,
    @Nullable @Ref(Ref.RefKind.RESOLUTION) String resolution) implements BindingAct {}
