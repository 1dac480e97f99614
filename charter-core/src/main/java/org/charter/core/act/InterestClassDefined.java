package org.charter.core.act;

import java.math.BigDecimal;

/** A class of economic interest in an entity (LLC units, membership interests, a profit participation) with the cap multiple its investments carry unless an investment says otherwise. */
public record InterestClassDefined(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    String interestClass,
    InterestKind kind,
    @Nullable BigDecimal capMultiple,
    @Nullable String description) implements BindingAct {}
