package org.charter.core.act;

import java.math.BigDecimal;

/** A market move; it changes no state. */
public record MarketMoved(
    ActMeta meta,
    String ticker,
    @Nullable BigDecimal changePercent,
    @Nullable BigDecimal close) implements Annotation {}
