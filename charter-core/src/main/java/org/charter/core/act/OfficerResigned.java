package org.charter.core.act;


/** A person resigns an office. */
public record OfficerResigned(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    Office office,
    @Ref(Ref.RefKind.PERSON) String person) implements BindingAct {}
