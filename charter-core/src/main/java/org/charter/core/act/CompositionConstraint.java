package org.charter.core.act;

/** A composition constraint from an entity's governing documents, with the rule id and citation to report. */
public record CompositionConstraint(
    String id, CompositionKind kind, @Ref(Ref.RefKind.ENTITY) String entity, @Nullable String citation) {}
