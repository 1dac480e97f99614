package org.charter.core.act;

/** Regular meetings need no notice; special meetings need the notice the rules require. */
public enum MeetingKind {
  REGULAR,
  SPECIAL
}
