package org.charter.core.act;


/** An entity's own rules are amended under a resolution; each term set replaces the one before. */
public record BylawsAmended(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    BylawTerms terms,
    @Nullable @Ref(Ref.RefKind.RESOLUTION) String resolution) implements BindingAct {}
