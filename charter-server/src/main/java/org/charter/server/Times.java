package org.charter.server;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Times in query parameters, read as {@code charter state} reads its options: with an offset, local to the book's
 * zone, or a date meaning its midnight there.
 */
final class Times {
  private Times() {}

  static Instant parse(String param, String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      // not an offset time; try the local forms
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      // not a local time
    }
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(param + ": '" + text + "' is not a time (use 2023-11-17T12:00:00-08:00,"
          + " 2023-11-17T12:00 or 2023-11-17)");
    }
  }
}
