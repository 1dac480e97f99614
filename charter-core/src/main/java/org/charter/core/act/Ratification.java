package org.charter.core.act;

/** How a board ratifies an earlier act. */
public enum Ratification {
  /**
   * Ratification of a defective corporate act under 8 Del. C. § 204: a resolution naming the act and the failure of
   * authorization, adopted by the vote the act needed; it reaches void acts, and takes effect from the act's own time.
   */
  DGCL_204,
  /** An ordinary (common-law) ratifying vote: it can cure a voidable act, never a void one. */
  ORDINARY
}
