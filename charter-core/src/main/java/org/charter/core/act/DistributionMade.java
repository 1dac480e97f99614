package org.charter.core.act;

import java.math.BigDecimal;

/** An entity distributes an amount (US dollars, at most to the cent) through its waterfall. */
public record DistributionMade(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    BigDecimal amount) implements BindingAct {}
