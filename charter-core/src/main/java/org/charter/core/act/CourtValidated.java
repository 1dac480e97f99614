package org.charter.core.act;

/**
 * The Court of Chancery declares an earlier act of an entity valid (8 Del. C. § 205): from the act's own time it has
 * the effect it would have had if valid.
 */
public record CourtValidated(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    String validates,
    String court,
    @Nullable String order) implements BindingAct {}
