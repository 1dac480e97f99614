package org.charter.core.act;


/** A person waives notice of a meeting, before or after it. */
public record NoticeWaived(
    ActMeta meta,
    @Ref(Ref.RefKind.MEETING) String meeting,
    @Ref(Ref.RefKind.PERSON) String by,
    boolean inWriting) implements BindingAct {}
