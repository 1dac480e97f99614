package org.charter.core.act;

/** A body determines a defined term (for example that AGI has been attained) under a resolution; clauses that turn on the term change from this act's valid time. */
public record DeterminationMade(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    String term,
    @Nullable @Ref(Ref.RefKind.RESOLUTION) String resolution) implements BindingAct {}
