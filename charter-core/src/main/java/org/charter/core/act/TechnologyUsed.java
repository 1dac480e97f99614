package org.charter.core.act;

import java.time.Instant;

/** A party uses technology of an owner created at a given time (checked against the licence clauses in force). */
public record TechnologyUsed(
    ActMeta meta,
    @Ref(Ref.RefKind.PARTY) String user,
    @Ref(Ref.RefKind.PARTY) String owner,
    String technology,
    Instant createdAt) implements BindingAct {}
