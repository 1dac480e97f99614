package org.charter.core.book;

import org.charter.core.verdict.Verdict;

/** A live act refused because it is invalid; nothing was recorded. */
public final class RejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Verdict verdict;

  public RejectedException(Verdict verdict) {
    super("act " + verdict.actId() + " is " + verdict.label() + "; nothing was recorded");
    this.verdict = verdict;
  }

  public Verdict verdict() {
    return verdict;
  }
}
