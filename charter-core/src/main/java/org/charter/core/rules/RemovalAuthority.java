package org.charter.core.rules;

/** Who may remove a director under a profile. */
public enum RemovalAuthority {
  /** Stockholders only: the board of a stock corporation cannot remove a director. */
  STOCKHOLDERS,
  /**
   * Shareholders only, by the outstanding shares with a cumulative-voting test (Cal. Corp. Code §§ 303(a), 152): the
   * board cannot remove a director, and whether shareholders did needs share counts Charter does not model.
   */
  SHAREHOLDERS,
  /** The members; in a nonstock corporation without members, the directors acting as members. */
  MEMBERS_OR_DIRECTORS_AS_MEMBERS,
  /** The body itself, by the removal vote of the profile. */
  BODY
}
