package org.charter.core.state;

import java.time.Instant;
import org.charter.core.act.Nullable;
import org.charter.core.act.Precision;
import org.charter.core.verdict.Status;

/**
 * An act that a piece of state rests on, with its verdicts, so a query can mark what rests on a defective act, and its
 * valid time's precision when its source gives only a month or year (and the start of the span's last one, where it
 * gives a span), so a tenure it begins can say so.
 */
public record ActRef(String actId, Judged judged, @Nullable Precision precision, @Nullable Instant through) {
  public ActRef(String actId, Judged judged) {
    this(actId, judged, null, null);
  }

  public Status status(Register r) {
    return judged.status(r);
  }

  /** Whether state resting on the act should be marked: its verdict is not shown valid, and no cure gives it effect. */
  public boolean defective(Register r) {
    Status s = status(r);
    return s != null && s.isDefective() && judged.curedBy() == null;
  }
}
