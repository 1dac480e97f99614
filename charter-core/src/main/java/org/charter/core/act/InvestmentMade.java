package org.charter.core.act;

import java.math.BigDecimal;

/** An investor puts money (US dollars, at most to the cent) into a class of an entity; its cap is the class's multiple of the amount, or the multiple or amount the investment names. */
public record InvestmentMade(
    ActMeta meta,
    @Ref(Ref.RefKind.PARTY) String investor,
    @Ref(Ref.RefKind.ENTITY) String entity,
    String interestClass,
    BigDecimal amount,
    @Nullable BigDecimal capMultiple,
    @Nullable BigDecimal capAmount) implements BindingAct {}
