package org.charter.core.act;

/** How a person attended a meeting. */
public enum AttendanceMode {
  IN_PERSON,
  PHONE,
  VIDEO
}
