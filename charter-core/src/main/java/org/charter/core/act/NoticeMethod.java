package org.charter.core.act;

/** How notice reached a director. */
public enum NoticeMethod {
  IN_PERSON,
  PHONE,
  TEXT,
  EMAIL,
  MAIL,
  VIDEO_LINK
}
