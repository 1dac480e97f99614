package org.charter.core.act;

import java.math.BigDecimal;

/** A buyer buys compute or another supply from a supplier (a proposed or recorded commercial act, checked against the agreements in force). */
public record ComputePurchased(
    ActMeta meta,
    @Ref(Ref.RefKind.PARTY) String buyer,
    @Ref(Ref.RefKind.PARTY) String supplier,
    String subject,
    @Nullable BigDecimal amount) implements BindingAct {}
