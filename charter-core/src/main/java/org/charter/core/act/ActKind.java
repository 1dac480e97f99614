package org.charter.core.act;

/** What a resolution does, for the vote threshold that applies to it. */
public enum ActKind {
  GENERAL,
  OFFICER_APPOINTMENT,
  OFFICER_REMOVAL,
  DIRECTOR_APPOINTMENT,
  DIRECTOR_REMOVAL,
  VACANCY,
  BYLAWS_AMENDMENT,
  DETERMINATION
}
