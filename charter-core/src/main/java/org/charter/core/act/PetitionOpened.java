package org.charter.core.act;


/** A petition or open letter to an entity is opened. */
public record PetitionOpened(
    ActMeta meta,
    String petition,
    @Ref(Ref.RefKind.ENTITY) String entity,
    @Nullable String text) implements BindingAct {}
