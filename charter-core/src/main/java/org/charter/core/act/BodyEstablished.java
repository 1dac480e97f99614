package org.charter.core.act;


/** A deciding group of an entity (its board, a committee, the members) is established. */
public record BodyEstablished(
    ActMeta meta,
    String body,
    @Ref(Ref.RefKind.ENTITY) String entity,
    BodyKind kind,
    @Nullable String name) implements BindingAct {}
