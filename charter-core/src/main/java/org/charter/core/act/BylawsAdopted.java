package org.charter.core.act;


/** An entity's own rules are adopted, replacing any before. */
public record BylawsAdopted(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    BylawTerms terms) implements BindingAct {}
