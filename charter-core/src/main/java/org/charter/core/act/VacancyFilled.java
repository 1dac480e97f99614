package org.charter.core.act;


/** A vacant seat is filled under a resolution of the body. */
public record VacancyFilled(
    ActMeta meta,
    @Ref(Ref.RefKind.BODY) String body,
    @Ref(Ref.RefKind.PERSON) String person,
    @Nullable @Ref(Ref.RefKind.RESOLUTION) String resolution) implements BindingAct {}
