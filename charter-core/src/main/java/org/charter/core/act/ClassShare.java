package org.charter.core.act;

import java.math.BigDecimal;

/** A class's share of a phase, in percent; the class's holders split it by units. */
public record ClassShare(String interestClass, BigDecimal percent) {}
