package org.charter.core.act;


/** A director is elected by the members or the incorporator; {@code electedBy} null means the record does not say how. */
public record DirectorElected(
    ActMeta meta,
    @Ref(Ref.RefKind.BODY) String body,
    @Ref(Ref.RefKind.PERSON) String person,
    @Nullable String electedBy) implements BindingAct {}
