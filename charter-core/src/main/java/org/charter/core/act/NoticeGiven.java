package org.charter.core.act;


/** Notice of a meeting reaches a person, at this act's valid time. */
public record NoticeGiven(
    ActMeta meta,
    @Ref(Ref.RefKind.MEETING) String meeting,
    @Ref(Ref.RefKind.PERSON) String to,
    NoticeMethod method) implements BindingAct {}
