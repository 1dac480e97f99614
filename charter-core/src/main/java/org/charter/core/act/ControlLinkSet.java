package org.charter.core.act;


/** A controller comes to control an entity, and how. */
public record ControlLinkSet(
    ActMeta meta,
    @Ref(Ref.RefKind.PARTY) String controller,
    @Ref(Ref.RefKind.ENTITY) String controlled,
    ControlKind kind) implements BindingAct {}
