package org.charter.core.act;

import java.math.BigDecimal;

/** A holder transfers a fraction of its position in a class (its units, invested amount and cap) to another holder. */
public record InterestTransferred(
    ActMeta meta,
    @Ref(Ref.RefKind.PARTY) String from,
    @Ref(Ref.RefKind.PARTY) String to,
    @Ref(Ref.RefKind.ENTITY) String entity,
    String interestClass,
    BigDecimal fraction) implements BindingAct {}
