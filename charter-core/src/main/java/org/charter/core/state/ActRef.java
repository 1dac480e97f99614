package org.charter.core.state;

import org.charter.core.verdict.Status;

/** An act that a piece of state rests on, with its verdict, so a query can mark what rests on a defective act. */
public record ActRef(String actId, Status status) {
  public boolean defective() {
    return status != null && status.isDefective();
  }
}
