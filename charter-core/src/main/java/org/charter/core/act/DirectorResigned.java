package org.charter.core.act;


/** A director resigns; a resignation takes effect on delivery. */
public record DirectorResigned(
    ActMeta meta,
    @Ref(Ref.RefKind.BODY) String body,
    @Ref(Ref.RefKind.PERSON) String person) implements BindingAct {}
