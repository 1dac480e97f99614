package org.charter.core.act;

import java.math.BigDecimal;

/**
 * When a phase stops: when the holders of a class have recouped what they invested, or when a class has received a
 * fixed amount in the phase's run (US dollars).
 */
public record StopCondition(StopKind kind, String interestClass, @Nullable BigDecimal amount) {
  /** The kinds of stop condition. */
  public enum StopKind {
    RECOUPED,
    AMOUNT_RECEIVED
  }
}
