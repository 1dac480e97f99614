package org.charter.core.act;

import java.math.BigDecimal;

/** A holder holds an economic interest in an entity; {@code percent} null means the share is not on record. */
public record EconomicInterestSet(
    ActMeta meta,
    @Ref(Ref.RefKind.PARTY) String holder,
    @Ref(Ref.RefKind.ENTITY) String entity,
    @Nullable String interestClass,
    @Nullable BigDecimal percent) implements BindingAct {}
