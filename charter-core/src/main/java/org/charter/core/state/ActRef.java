package org.charter.core.state;

import org.charter.core.verdict.Status;

/** An act that a piece of state rests on, with its verdicts, so a query can mark what rests on a defective act. */
public record ActRef(String actId, Judged judged) {
  public Status status(Register r) {
    return judged.status(r);
  }

  public boolean defective(Register r) {
    Status s = status(r);
    return s != null && s.isDefective();
  }
}
